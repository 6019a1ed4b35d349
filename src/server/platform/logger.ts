import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs (one line per event) on stdout. Never log request bodies,
 * passwords, tokens or survey answers: redact what might slip through.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'parmon' },
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', '*.password'], remove: true },
  });
}
