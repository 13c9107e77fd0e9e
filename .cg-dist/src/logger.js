import { pino } from 'pino';
const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);
const wanted = process.env.LOG_LEVEL?.trim();
/**
 * The process logger (JSON lines on stdout; LOG_LEVEL sets the level). It is
 * created at import, before the configuration is checked: an unknown level
 * falls back to `info` here, and `loadConfig` reports the bad variable.
 */
export const logger = pino({ level: wanted && LEVELS.has(wanted) ? wanted : 'info' });
//# sourceMappingURL=logger.js.map