export type * from './segment.js';
export type * from './finding.js';
export type * from './glossary.js';
