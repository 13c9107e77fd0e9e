import { pino } from 'pino';

/** The process logger (JSON lines on stdout; LOG_LEVEL sets the level). */
export const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
