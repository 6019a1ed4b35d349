import { Badge, createTheme } from '@mantine/core';

/** Every script renders with a bundled Noto face, never with whatever the OS has. */
const fontFamily = "'Noto Sans', 'Noto Sans Lao', 'Noto Sans Khmer', 'Noto Sans Thai', sans-serif";

export const theme = createTheme({
  fontFamily,
  headings: { fontFamily },
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  components: {
    // Kind and group names are proper labels; Lao, Khmer and Thai have no letter case anyway.
    Badge: Badge.extend({ defaultProps: { tt: 'none' } }),
  },
});
