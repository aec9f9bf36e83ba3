/** Small-cell suppression for open aggregate tables. */
export * from './suppress.ts';
