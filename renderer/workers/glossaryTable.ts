/**
 * The glossary view's rows, held by the check worker (issue 9, §4): every
 * concept of the project's glossaries with the file it comes from and its
 * key there (glossary/common/conceptEdit.ts), filtered and sorted here so the
 * UI thread only ever receives the few rows it shows.
 *
 * Speed at 100,000 concepts is the constraint. The filter is the worker's
 * GlossarySearch (every term key joined into one string, so a filter is one
 * engine `indexOf` walk, not a loop over terms in script); each sort order is
 * computed once per glossary and a filter only picks the matching rows out
 * of it (one pass over a typed array). The last result is kept, so
 * scrolling asks for slices of it.
 */
import type { Concept, Glossary, TermStatus } from '../../shared/model/glossary.js';
import { matchKey } from '../../shared/text/normalize.js';
import { conceptKeys } from '../../glossary/common/conceptEdit.js';
import type { TermIndex } from '../../glossary/common/termIndex.js';
import type { GlossarySearch } from './checkSession.js';
import type { GlossaryRow, GlossaryRows, GlossaryRowsQuery, GlossarySort } from './protocol.js';

/** One parsed glossary file. */
export interface TableFile {
  path: string;
  glossary: Glossary;
}

/** A filter key: folded diacritics, any case, hyphens unified, whitespace collapsed (as the panel's search). */
export function filterKey(text: string): string {
  return matchKey(text.trim().replace(/\s+/g, ' '));
}

/** Primary language subtag, lower case. */
function primary(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}

/** Code-unit order: cheap, and on folded keys it sorts ă with a and ș with s. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const STATUS_RANK: Record<TermStatus, number> = { preferred: 0, admitted: 1, deprecated: 2, forbidden: 3 };

/** The English term a row sorts by: its best-status term (preferred before admitted, …). */
function leadTerm(c: Concept, lang: string): string {
  const terms = c.terms[lang] ?? [];
  let best = terms[0];
  for (const t of terms) if (best && STATUS_RANK[t.status] < STATUS_RANK[best.status]) best = t;
  return best?.text ?? '';
}

/**
 * Every concept of the project's glossaries as rows, in project order (the
 * order mergeGlossaries gives, so row i is concept i of the merged glossary
 * the term index was built from).
 */
export class GlossaryTable {
  /** Row → file index, concept and key in that file. */
  readonly #file: Int32Array;
  readonly #concepts: Concept[] = [];
  readonly #keys: string[] = [];
  readonly #paths: string[];
  readonly #search: GlossarySearch;
  readonly #orders = new Map<GlossarySort, Int32Array>();
  /** Rows with no modified stamp, at the end of the 'modified' order (kept there when descending). */
  #unstamped = 0;
  readonly #sourceLang: string;
  readonly #targetLang: string;
  /** The last filter's result, for the slices that follow it. */
  #last: { filter: string; sort: GlossarySort; descending: boolean; rows: Int32Array } | undefined;

  constructor(
    files: readonly TableFile[],
    /** The worker's search over the same concepts, in the same order. */
    search: GlossarySearch,
    sourceLang: string,
    targetLang: string,
    /** Grows with every new table, so the UI can tell rows of an older glossary apart. */
    readonly revision: number,
  ) {
    this.#sourceLang = primary(sourceLang);
    this.#targetLang = primary(targetLang);
    this.#paths = files.map((f) => f.path);
    this.#search = search;
    const fileOf: number[] = [];
    files.forEach((f, fi) => {
      const keys = conceptKeys(f.glossary);
      f.glossary.concepts.forEach((c, ci) => {
        fileOf.push(fi);
        this.#concepts.push(c);
        this.#keys.push(keys[ci]!);
      });
    });
    this.#file = Int32Array.from(fileOf);
  }

  /** Number of rows (concepts). */
  get size(): number {
    return this.#concepts.length;
  }

  /**
   * One slice of the rows matching `query.filter`, in `query.sort` order.
   * `index` (the worker's term index over the same concepts, in the same
   * order) adds the rows whose terms occur in the filter in an inflected
   * form: "Minskului" finds Minsk, "prizonierilor politici" finds
   * "prizonier politic", "councils" finds "council".
   */
  rows(query: GlossaryRowsQuery, index?: TermIndex, idOf?: (conceptId: string) => number | undefined): GlossaryRows {
    const filter = filterKey(query.filter);
    let last = this.#last;
    if (!last || last.filter !== filter || last.sort !== query.sort || last.descending !== query.descending) {
      last = {
        filter,
        sort: query.sort,
        descending: query.descending,
        rows: this.#select(filter, query.filter, query.sort, query.descending, index, idOf),
      };
      this.#last = last;
    }
    const offset = Math.max(0, Math.min(query.offset, last.rows.length));
    const end = Math.min(last.rows.length, offset + Math.max(0, query.limit));
    const rows: GlossaryRow[] = [];
    for (let i = offset; i < end; i++) rows.push(this.row(last.rows[i]!));
    return { revision: this.revision, total: last.rows.length, offset, rows };
  }

  /** Row `i` as the view receives it. */
  row(i: number): GlossaryRow {
    return { key: this.#keys[i]!, file: this.#paths[this.#file[i]!]!, concept: this.#concepts[i]! };
  }

  /** The rows whose terms contain the filter key, or which the term index finds in the filter text. */
  #matches(filter: string, raw: string, index?: TermIndex, idOf?: (id: string) => number | undefined): Uint8Array {
    const hit = new Uint8Array(this.#concepts.length);
    this.#search.markContaining(filter, hit);
    if (index && idOf) {
      const text = raw.trim();
      for (const m of index.findSource(text)) {
        const row = idOf(m.conceptId);
        if (row !== undefined) hit[row] = 1;
      }
      for (const m of index.findTarget(text)) {
        const row = idOf(m.conceptId);
        if (row !== undefined) hit[row] = 1;
      }
    }
    return hit;
  }

  #select(
    filter: string,
    raw: string,
    sort: GlossarySort,
    descending: boolean,
    index?: TermIndex,
    idOf?: (id: string) => number | undefined,
  ): Int32Array {
    const order = this.#order(sort);
    const n = order.length;
    // Rows without a date stay at the end of the 'modified' order whichever way it runs.
    const dated = sort === 'modified' ? n - this.#unstamped : n;
    const seq = (k: number): number => order[descending && k < dated ? dated - 1 - k : k]!;
    if (!filter) {
      const out = new Int32Array(n);
      for (let k = 0; k < n; k++) out[k] = seq(k);
      return out;
    }
    const hit = this.#matches(filter, raw, index, idOf);
    let count = 0;
    for (let i = 0; i < n; i++) count += hit[i]!;
    const out = new Int32Array(count);
    let j = 0;
    for (let k = 0; k < n && j < count; k++) {
      const row = seq(k);
      if (hit[row]) out[j++] = row;
    }
    return out;
  }

  /** The rows in one sort order, computed on first use. */
  #order(sort: GlossarySort): Int32Array {
    let order = this.#orders.get(sort);
    if (order) return order;
    const n = this.#concepts.length;
    const rows = Array.from({ length: n }, (_, i) => i);
    if (sort === 'ro' || sort === 'en') {
      const lang = sort === 'ro' ? this.#sourceLang : this.#targetLang;
      const keys = this.#concepts.map((c) =>
        filterKey(lang === this.#sourceLang ? (c.terms[lang]?.[0]?.text ?? '') : leadTerm(c, lang)),
      );
      // Rows without a term of that language go last.
      rows.sort((a, b) => (keys[a] === '' ? 1 : 0) - (keys[b] === '' ? 1 : 0) || compare(keys[a]!, keys[b]!) || a - b);
    } else if (sort === 'modified') {
      const at = this.#concepts.map((c) => c.modified?.at ?? c.created?.at ?? '');
      rows.sort((a, b) => (at[a] === '' ? 1 : 0) - (at[b] === '' ? 1 : 0) || compare(at[a]!, at[b]!) || a - b);
      this.#unstamped = at.reduce((k, s) => k + (s === '' ? 1 : 0), 0);
    }
    order = Int32Array.from(rows);
    this.#orders.set(sort, order);
    return order;
  }
}
