/**
 * One translation unit of a memory: a Romanian source, its English target,
 * and what the file says about it. `prev` and `next` are the sources of the
 * neighbouring segments when the unit was stored (an exact match whose
 * neighbours are equal too scores 101).
 */
export interface TmUnit {
  source: string;
  target: string;
  /** Who made or last changed it (TMX changeid / creationid). */
  by?: string;
  /** When, ISO 8601 (TMX changedate / creationdate). */
  at?: string;
  prev?: string;
  next?: string;
}

/** The per-unit text fields, in the order the index stores them. */
export const UNIT_FIELDS = ['source', 'target', 'by', 'at', 'prev', 'next'] as const;
