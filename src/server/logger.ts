import pino, { type Logger } from 'pino';
import type { LogLevel } from '../config/config';

/**
 * Structured JSON logs. Secrets never reach them: request headers are not logged, and
 * anything that looks like an access key or password is redacted should it be passed in.
 */
export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    base: { service: 'ledgerhouse' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['authorization', '*.authorization', 'headers.authorization', 'secret', '*.secret', 'password', '*.password', 'connectionParams', '*.connectionParams', 'databaseUrl'],
      censor: '[redacted]',
    },
  });
}
