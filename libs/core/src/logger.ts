import pino, { type Logger } from 'pino';
import { currentContext } from './context';

export type { Logger } from 'pino';

/** Secrets and card data never reach a log line. */
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  ...['password', 'token', 'apiKey', 'secret', 'cardNumber'].flatMap((k) => [
    k,
    `*.${k}`,
    `*.*.${k}`,
  ]),
];

/** The root logger of a process; every line carries the current request/message context. */
export function createLogger(service: string, level = 'info'): Logger {
  return pino({
    level,
    base: { service },
    redact: { paths: REDACT, censor: '[redacted]' },
    mixin: () => ({ ...currentContext() }),
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
