import { pino, type Logger } from 'pino';

export type { Logger };

/** One JSON line per event, tagged with the service, so a log shipper can route and filter. */
export function createLogger(service: string): Logger {
  return pino({
    name: service,
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    base: { service },
  });
}
