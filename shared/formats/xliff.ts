import type { BilingualDocument, Segment, SegmentStatus } from '../model/segment.js';
import { FormatError } from './formatError.js';
import { parseXml, type XmlElement } from './xml.js';

export { writeXliff12 } from './xliffWrite.js';

/** Language used when a file does not name its target language (the app translates into English). */
const DEFAULT_TARGET_LANG = 'en';

/**
 * Reads XLIFF 1.1, 1.2, 2.0 or 2.1 into segments.
 *
 * - Each trans-unit (1.x) or unit (2.x) is one paragraph; its segments share
 *   the paragraph number. 1.x units are split by `<seg-source>` `<mrk
 *   mtype="seg">` when present; 2.x units by `<segment>`. A 1.2 `<group
 *   restype="x-paragraph">` (what writeXliff12 emits) makes its units one
 *   paragraph.
 * - Ids: 1.x the trans-unit id, or `tuId:mid` when segmented; 2.x `unitId:segmentId`
 *   (the segment's 1-based position when it has no id). With several
 *   `<file>`s, ids are prefixed `n/` (1.x, file position) or `fileId/` (2.x).
 * - Inline markup keeps its text (g, mrk, pc); codes and placeholders (x, bx,
 *   ex, ph, bpt, ept, it, sc, ec, sm, em) become nothing. 2.x `<ignorable>`,
 *   units with translate="no" and segments with an empty source are skipped.
 * - States: 1.2 new/needs-translation → untranslated (no text) or draft,
 *   needs-review-* and needs-adaptation/l10n → draft, translated → translated,
 *   signed-off/final or approved="yes" → reviewed; a target without state is
 *   translated. 2.x initial → untranslated or draft, translated, reviewed,
 *   final → reviewed; no state means initial (the 2.x default).
 */
export function parseXliff(text: string, file: string): BilingualDocument {
  const root = parseXml(text, file);
  if (root.local !== 'xliff') {
    throw new FormatError(file, `this is not an XLIFF file: its root element is <${root.name}>`, {
      line: root.line,
      column: root.column,
      hint: 'Export the document from your CAT tool as XLIFF 1.2 or 2.x',
    });
  }
  const version = root.attrs.version ?? /document:(\d\.\d)$/.exec(root.ns)?.[1] ?? '';
  if (version.startsWith('1.')) return new Xliff1Reader(file).read(root);
  if (version.startsWith('2.')) return new Xliff2Reader(file).read(root);
  throw new FormatError(file, `unsupported XLIFF version "${version}"`, {
    line: root.line,
    column: root.column,
    hint: 'The app reads XLIFF 1.1, 1.2, 2.0 and 2.1; export one of those',
  });
}

function elements(el: XmlElement, local?: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (local === undefined || c.local === local),
  );
}

function first(el: XmlElement, local: string): XmlElement | undefined {
  return elements(el, local)[0];
}

function descendants(el: XmlElement, pred: (e: XmlElement) => boolean, out: XmlElement[] = []): XmlElement[] {
  for (const c of elements(el)) {
    if (pred(c)) out.push(c);
    else descendants(c, pred, out);
  }
  return out;
}

/** Elements whose content is translatable text in either version. */
const TEXT_CONTAINERS = new Set(['g', 'mrk', 'pc']);

/** Text of a source/target with inline codes dropped. */
function inlineText(el: XmlElement): string {
  let out = '';
  for (const c of el.children) {
    if (typeof c === 'string') out += c;
    else if (TEXT_CONTAINERS.has(c.local)) out += inlineText(c);
    else if (c.local === 'cp') {
      const cp = Number.parseInt(c.attrs.hex ?? '', 16);
      if (Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff) out += String.fromCodePoint(cp);
    }
    // Everything else (x, bx, ex, ph, bpt, ept, it, sc, ec, sm, em) is a code, not text.
  }
  return out;
}

function notesOf(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  const texts = elements(el, 'note')
    .map((n) => inlineText(n).trim())
    .filter(Boolean);
  return texts.length > 0 ? texts.join('\n') : undefined;
}

abstract class XliffReader {
  protected readonly segments: Segment[] = [];
  protected paragraph = 0;
  protected prefix = '';

  constructor(protected readonly file: string) {}

  protected error(el: XmlElement, problem: string, hint: string): FormatError {
    return new FormatError(this.file, problem, { line: el.line, column: el.column, hint });
  }

  protected add(id: string, source: string, target: string, status: SegmentStatus, note: string | undefined): void {
    if (source.trim() === '') return;
    const segment: Segment = { id: this.prefix + id, source, target, paragraph: this.paragraph, status };
    if (note) segment.note = note;
    this.segments.push(segment);
  }

  protected requiredAttr(el: XmlElement, name: string, example: string): string {
    const value = el.attrs[name]?.trim();
    if (!value) throw this.error(el, `<${el.name}> has no ${name} attribute`, `Add it, e.g. ${example}`);
    return value;
  }
}

class Xliff1Reader extends XliffReader {
  read(root: XmlElement): BilingualDocument {
    const files = elements(root, 'file');
    if (files.length === 0) throw this.error(root, 'the XLIFF file has no <file> element', 'Export the document again');
    const sourceLang = this.requiredAttr(files[0]!, 'source-language', 'source-language="ro"');
    const targetLang = files[0]!.attrs['target-language']?.trim() || DEFAULT_TARGET_LANG;
    files.forEach((f, i) => {
      this.prefix = files.length > 1 ? `${i + 1}/` : '';
      const body = first(f, 'body');
      if (body) this.walk(body, false);
    });
    return { sourceLang, targetLang, segments: this.segments };
  }

  private walk(el: XmlElement, inParagraphGroup: boolean): void {
    for (const c of elements(el)) {
      if (c.attrs.translate === 'no') continue;
      if (c.local === 'group') {
        const paragraphGroup = c.attrs.restype === 'x-paragraph';
        this.walk(c, inParagraphGroup || paragraphGroup);
        if (paragraphGroup && !inParagraphGroup) this.paragraph++;
      } else if (c.local === 'trans-unit') {
        this.unit(c);
        if (!inParagraphGroup) this.paragraph++;
      }
    }
  }

  private unit(tu: XmlElement): void {
    const id = this.requiredAttr(tu, 'id', 'id="1"');
    const source = first(tu, 'source');
    if (!source) throw this.error(tu, `<trans-unit id="${id}"> has no <source>`, 'Every trans-unit needs a <source>');
    const target = first(tu, 'target');
    const approved = tu.attrs.approved === 'yes';
    const state = target?.attrs.state;
    const note = notesOf(tu);
    const segSource = first(tu, 'seg-source');
    const isSeg = (e: XmlElement): boolean => e.local === 'mrk' && e.attrs.mtype === 'seg';
    const marks = segSource ? descendants(segSource, isSeg) : [];
    if (marks.length === 0) {
      const targetText = target ? inlineText(target) : '';
      this.add(id, inlineText(source), targetText, status1(targetText, state, approved, target !== undefined), note);
      return;
    }
    const targetMarks = new Map<string, XmlElement>();
    if (target) for (const m of descendants(target, isSeg)) targetMarks.set(m.attrs.mid ?? '', m);
    for (const m of marks) {
      const mid = this.requiredAttr(m, 'mid', 'mid="1"');
      const t = targetMarks.get(mid);
      const targetText = t ? inlineText(t) : '';
      this.add(`${id}:${mid}`, inlineText(m), targetText, status1(targetText, state, approved, t !== undefined), note);
    }
  }
}

function status1(target: string, state: string | undefined, approved: boolean, hasTarget: boolean): SegmentStatus {
  const empty = target.trim() === '';
  if (!hasTarget || (empty && (state === undefined || state === 'new' || state === 'needs-translation')))
    return 'untranslated';
  if (approved) return 'reviewed';
  switch (state) {
    case undefined:
    case 'translated':
      return 'translated';
    case 'signed-off':
    case 'final':
      return 'reviewed';
    default:
      // new, needs-translation with text, needs-adaptation, needs-l10n, needs-review-*, x-… states.
      return 'draft';
  }
}

class Xliff2Reader extends XliffReader {
  read(root: XmlElement): BilingualDocument {
    const sourceLang = this.requiredAttr(root, 'srcLang', 'srcLang="ro"');
    const targetLang = root.attrs.trgLang?.trim() || DEFAULT_TARGET_LANG;
    const files = elements(root, 'file');
    files.forEach((f, i) => {
      this.prefix = files.length > 1 ? `${f.attrs.id ?? i + 1}/` : '';
      this.walk(f);
    });
    return { sourceLang, targetLang, segments: this.segments };
  }

  private walk(el: XmlElement): void {
    for (const c of elements(el)) {
      if (c.attrs.translate === 'no') continue;
      if (c.local === 'group') this.walk(c);
      else if (c.local === 'unit') {
        this.unit(c);
        this.paragraph++;
      }
    }
  }

  private unit(unit: XmlElement): void {
    const id = this.requiredAttr(unit, 'id', 'id="u1"');
    const note = notesOf(first(unit, 'notes'));
    elements(unit, 'segment').forEach((seg, i) => {
      const source = first(seg, 'source');
      if (!source)
        throw this.error(seg, `a <segment> of unit "${id}" has no <source>`, 'Every segment needs a <source>');
      const target = first(seg, 'target');
      const targetText = target ? inlineText(target) : '';
      this.add(
        `${id}:${seg.attrs.id ?? i + 1}`,
        inlineText(source),
        targetText,
        status2(targetText, seg.attrs.state),
        note,
      );
    });
  }
}

function status2(target: string, state: string | undefined): SegmentStatus {
  switch (state) {
    case 'translated':
      return 'translated';
    case 'reviewed':
    case 'final':
      return 'reviewed';
    default:
      return target.trim() === '' ? 'untranslated' : 'draft';
  }
}
