/**
 * The one catalogue of everything a person reads, in Japanese and English,
 * split by audience: the problems' words (problemMessages.ts), the labels of
 * the generated tables, the add-on and the terminal (labels.ts), and the annual
 * report's prose (reportProse.ts). Import from here.
 */
export type { Lang } from '../base/lang';
export * from './labels';
export * from './problemMessages';
export * from './reportProse';
export * from './round';
