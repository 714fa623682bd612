import { pino, type Logger } from 'pino';

/** The root logger; modules take `logger.child({ module: '...' })`. */
export function createLogger(level: string = 'info'): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime });
}

/** A logger that writes nothing, for tests. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

export type { Logger };
