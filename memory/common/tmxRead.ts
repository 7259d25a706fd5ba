import { decodeText } from '../../shared/formats/decode.js';
import { FormatError } from '../../shared/formats/formatError.js';
import { MAX_SEGMENT_CHARS } from '../../shared/formats/limits.js';
import { parseXml, type XmlElement } from '../../shared/formats/xml.js';
import type { TmUnit } from './tmUnit.js';

/** What {@link readTmx} found besides the units. */
export interface TmxReadResult {
  /** Units read. */
  units: number;
  /** `<tu>` elements without both a Romanian and an English `<tuv>` (or with a segment too long). */
  skipped: number;
  /** The header's srclang, as written. */
  srcLang?: string;
  /** The header's creationtool. */
  tool?: string;
}

/** Languages the reader pairs: the primary subtag of xml:lang (TMX 1.4) or lang (TMX 1.1), any case. */
export interface TmxLanguages {
  source: string;
  target: string;
}

const primary = (tag: string): string => tag.split(/[-_]/)[0]!.toLowerCase();

/** "20261127T080102Z" (TMX) → "2026-11-27T08:01:02Z"; anything else unchanged. */
export function isoFromTmxDate(d: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(d);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : d;
}

/** The placeholder letter for paired inline codes, from the TMX type or the native code they wrap. */
function pairLetter(el: XmlElement, native: string): string {
  const type = (el.attrs['type'] ?? '').toLowerCase();
  // HTML, RTF and Word codes, and OmegaT's own shortcuts (<b0>, <i1>, <u2>, <a3>).
  if (type === 'bold' || /^<(b\d*|strong)\b|\\b\b|<w:b\/>/i.test(native)) return 'b';
  if (type === 'italic' || /^<(i\d*|em)\b|\\i\b|<w:i\/>/i.test(native)) return 'i';
  if (type === 'ulined' || /^<u\d*\b|\\ul\b|<w:u\b/i.test(native)) return 'u';
  if (type === 'link' || /^<a\d*\b/i.test(native)) return 'a';
  return 'x';
}

function nativeText(el: XmlElement): string {
  let out = '';
  for (const c of el.children) if (typeof c === 'string') out += c;
  return out.trim();
}

/**
 * Numbers a unit's inline codes as placeholders (shared/text/placeholders.ts),
 * the same number on both sides for codes with the same `i` (bpt/ept) or
 * `x` (ph, it, ut) attribute, so a tag in the source and its partner in
 * the target compare equal.
 */
class TagNumbers {
  private readonly byId = new Map<string, number>();
  private readonly letters = new Map<number, string>();
  private next = 1;
  /** Per-side ordinal keys for codes without an id (the k-th ph of each side pair up). */
  ordinals = new Map<string, number>();

  number(key: string): number {
    let n = this.byId.get(key);
    if (n === undefined) {
      n = this.next++;
      this.byId.set(key, n);
    }
    return n;
  }
  letter(n: number, letter?: string): string {
    if (letter !== undefined && !this.letters.has(n)) this.letters.set(n, letter);
    return this.letters.get(n) ?? 'x';
  }
}

/** The text of a `<seg>` with its inline codes as placeholders. */
function segText(seg: XmlElement, tags: TagNumbers): string {
  let out = '';
  const ordinal = (kind: string): string => {
    const k = (tags.ordinals.get(kind) ?? 0) + 1;
    tags.ordinals.set(kind, k);
    return `${kind}#${k}`;
  };
  const walk = (el: XmlElement): void => {
    for (const c of el.children) {
      if (typeof c === 'string') {
        out += c;
        continue;
      }
      switch (c.local) {
        case 'bpt': {
          const n = tags.number(c.attrs['i'] !== undefined ? `i:${c.attrs['i']}` : ordinal('bpt'));
          out += `<${tags.letter(n, pairLetter(c, nativeText(c)))}${n}>`;
          break;
        }
        case 'ept': {
          const n = tags.number(c.attrs['i'] !== undefined ? `i:${c.attrs['i']}` : ordinal('ept'));
          out += `</${tags.letter(n)}${n}>`;
          break;
        }
        case 'ph':
        case 'it':
        case 'ut': {
          const n = tags.number(c.attrs['x'] !== undefined ? `x:${c.attrs['x']}` : ordinal(c.local));
          out += `<x${n}/>`;
          break;
        }
        case 'hi': {
          // Highlighted text keeps its words; the highlight becomes a pair of placeholders.
          const n = tags.number(c.attrs['x'] !== undefined ? `hi:${c.attrs['x']}` : ordinal('hi'));
          out += `<x${n}>`;
          walk(c);
          out += `</x${n}>`;
          break;
        }
        case 'sub':
          break;
        default:
          walk(c);
      }
    }
  };
  walk(seg);
  return out;
}

function langOf(el: XmlElement): string {
  // TMX 1.4 writes xml:lang (saxes keeps the prefix in the name); TMX 1.1 wrote lang.
  return el.attrs['xml:lang'] ?? el.attrs['lang'] ?? '';
}

function propValue(el: XmlElement): string {
  let out = '';
  for (const c of el.children) if (typeof c === 'string') out += c;
  return out;
}

/** Prop types tools use for the previous and next source segment (OmegaT, memoQ, Trados/SDL, Matecat). */
const PREV_PROPS = /^(x-)?(prev|context-pre|contextpre|x-context-pre|prev-segment|context-prev)$/i;
const NEXT_PROPS = /^(x-)?(next|context-post|contextpost|x-context-post|next-segment|context-next)$/i;

/** One `<tu>` as a unit, or undefined when it lacks a side. */
function unitOf(tu: XmlElement, langs: TmxLanguages, srcLang: string | undefined): TmUnit | undefined {
  const tags = new TagNumbers();
  let source: string | undefined;
  let target: string | undefined;
  let by = tu.attrs['changeid'] ?? tu.attrs['creationid'];
  let at = tu.attrs['changedate'] ?? tu.attrs['creationdate'];
  let prev: string | undefined;
  let next: string | undefined;
  const tuvs: XmlElement[] = [];
  for (const c of tu.children) {
    if (typeof c === 'string') continue;
    if (c.local === 'tuv') tuvs.push(c);
    else if (c.local === 'prop') {
      const type = c.attrs['type'] ?? '';
      if (PREV_PROPS.test(type)) prev = propValue(c);
      else if (NEXT_PROPS.test(type)) next = propValue(c);
    }
  }
  // The source side first, so its codes are numbered in source order.
  tuvs.sort((x, y) => Number(primary(langOf(y)) === langs.source) - Number(primary(langOf(x)) === langs.source));
  for (const tuv of tuvs) {
    const lang = primary(langOf(tuv) || srcLang || '');
    const seg = tuv.children.find((c): c is XmlElement => typeof c !== 'string' && c.local === 'seg');
    if (!seg) continue;
    if (lang === langs.source && source === undefined) {
      tags.ordinals = new Map();
      source = segText(seg, tags);
    } else if (lang === langs.target && target === undefined) {
      tags.ordinals = new Map();
      target = segText(seg, tags);
      by = tuv.attrs['changeid'] ?? tuv.attrs['creationid'] ?? by;
      at = tuv.attrs['changedate'] ?? tuv.attrs['creationdate'] ?? at;
    }
  }
  if (source === undefined || target === undefined) return undefined;
  if (source.trim() === '' || target.trim() === '') return undefined;
  if (source.length > MAX_SEGMENT_CHARS || target.length > MAX_SEGMENT_CHARS) return undefined;
  return {
    source,
    target,
    ...(by ? { by } : {}),
    ...(at ? { at: isoFromTmxDate(at) } : {}),
    ...(prev ? { prev } : {}),
    ...(next ? { next } : {}),
  };
}

/**
 * Reads a TMX file (1.1 to 1.4b, as OmegaT, Trados, memoQ, Matecat and our
 * own export write it) and hands each Romanian→English unit to `onUnit`
 * without ever holding the document as a tree (each `<tu>` is detached
 * and dropped once read). Bytes are UTF-8 or UTF-16 with a BOM
 * (shared/formats/decode.ts); DTDs and entity declarations are refused and
 * the size is bounded (shared/formats/xml.ts). Inline codes become
 * placeholders: `<bpt>`/`<ept>` a pair (`<b1>`…`</b1>`), `<ph>`, `<it>`,
 * `<ut>` a standalone `<x2/>`, `<hi>` a pair around its words. Errors are
 * {@link FormatError}s naming file, line and column.
 */
export function readTmx(
  bytes: Uint8Array | string,
  file: string,
  onUnit: (unit: TmUnit) => void,
  langs: TmxLanguages = { source: 'ro', target: 'en' },
): TmxReadResult {
  const text = typeof bytes === 'string' ? bytes : decodeText(bytes, file);
  const result: TmxReadResult = { units: 0, skipped: 0 };
  let checkedRoot = false;
  const root = parseXml(text, file, {
    detach: (el, ancestors) => {
      if (!checkedRoot) {
        checkedRoot = true;
        const top = ancestors[0]!;
        if (top.local !== 'tmx') {
          throw new FormatError(file, `this is not a TMX file (its root element is <${top.name}>, not <tmx>)`, {
            line: top.line,
            column: top.column,
            hint: 'Attach a .tmx translation memory',
          });
        }
      }
      if (el.local === 'header' && ancestors.length === 1) {
        if (el.attrs['srclang']) result.srcLang = el.attrs['srclang'];
        if (el.attrs['creationtool']) result.tool = el.attrs['creationtool'];
      }
      return el.local === 'tu';
    },
    onDetached: (tu) => {
      const srcLang = result.srcLang && result.srcLang !== '*all*' ? result.srcLang : undefined;
      const unit = unitOf(tu, langs, srcLang);
      if (unit) {
        result.units++;
        onUnit(unit);
      } else result.skipped++;
    },
  });
  if (root.local !== 'tmx') {
    throw new FormatError(file, `this is not a TMX file (its root element is <${root.name}>, not <tmx>)`, {
      line: root.line,
      column: root.column,
      hint: 'Attach a .tmx translation memory',
    });
  }
  return result;
}
