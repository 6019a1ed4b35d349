import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { publicFormTexts } from './scripts/public-form-texts.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The web app lives in src/web; the server (port 3000) serves dist/web in production and
// answers /api and /health; in development Vite proxies those to it.
export default defineConfig({
  root: here('./src/web'),
  plugins: [react(), publicFormTexts()],
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    // The largest chunk is the time-zone data of the Intl polyfill (~800 kB, ~130 kB gzipped),
    // fetched only when Lao or Khmer is chosen on a browser that lacks them.
    chunkSizeWarningLimit: 850,
    rolldownOptions: {
      // Two pages: the app, and the public survey form (/s/{link}), a separate small bundle
      // with no React, Mantine or zod, for respondents' cheap phones on slow lines.
      input: { app: here('./src/web/index.html'), survey: here('./src/web/survey.html') },
      output: {
        // Long-lived vendor chunks, cached across releases of the app itself. Only eagerly
        // loaded packages are grouped: the lazy Lao/Khmer Intl polyfills stay separate chunks.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/](@tanstack|zod|react-intl|intl-messageformat|@formatjs[\\/](icu-|fast-memoize|ecma402-abstract|intl[\\/]))/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/health': 'http://localhost:3000',
    },
  },
});
