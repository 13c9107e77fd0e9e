import 'reflect-metadata';
process.env.LOG_LEVEL ??= 'warn';
