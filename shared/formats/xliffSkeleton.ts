import { SaxesParser } from 'saxes';
import type { BilingualDocument, Segment, SegmentStatus } from '../model/segment.js';
import { parseXliff } from './xliff.js';
import { escapeAttr, escapeXml } from './xml.js';

/** An element's place in the text: `<` of the start tag, end of the start tag, end of the element. */
interface Span {
  qname: string;
  start: number;
  tagEnd: number;
  end: number;
  selfClosing: boolean;
}

/** Where one segment's pieces stand in the original file. */
interface Slot {
  version: 1 | 2;
  /** The element carrying `state`: 1.x `<target>`, 2.x `<segment>`. */
  unit: Span;
  source?: Span;
  segSource?: Span;
  target?: Span;
  /** 1.x segmented units: the mids of `<seg-source>`, in order. */
  mids: string[];
}

const STATE1: Record<SegmentStatus, string> = {
  untranslated: 'needs-translation',
  draft: 'needs-review-translation',
  translated: 'translated',
  reviewed: 'signed-off',
};
const STATE2: Record<SegmentStatus, string> = {
  untranslated: 'initial',
  draft: 'initial',
  translated: 'translated',
  reviewed: 'reviewed',
};

const RANK: Record<SegmentStatus, number> = { untranslated: 0, draft: 1, translated: 2, reviewed: 3 };

const local = (qname: string): string => qname.slice(qname.indexOf(':') + 1);

/** Finds the trans-units (1.x) and segments (2.x) with the ids parseXliff gives them. */
function locate(text: string): Map<string, Slot> {
  const slots = new Map<string, Slot>();
  const parser = new SaxesParser({ position: true });
  const stack: { qname: string; attrs: Record<string, string>; span: Span; slot?: Slot; count: number }[] = [];
  let version: 1 | 2 = 1;
  let fileCount = 0;
  let multiFile = false;
  let prefix = '';
  const fileIds: string[] = [];
  // A first pass counts <file>s: ids get a file prefix only when there are several.
  const files = text.match(/<(?:[\w.-]+:)?file[\s>]/g)?.length ?? 0;
  multiFile = files > 1;
  parser.on('opentag', (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    const end = parser.position;
    const span: Span = {
      qname: tag.name,
      start: text.lastIndexOf('<', end - 1),
      tagEnd: end,
      end,
      selfClosing: tag.isSelfClosing,
    };
    const name = local(tag.name);
    const parent = stack[stack.length - 1];
    const entry: (typeof stack)[number] = { qname: tag.name, attrs, span, count: 0 };
    if (name === 'xliff') version = attrs.version?.startsWith('2.') ? 2 : 1;
    else if (name === 'file') {
      fileCount++;
      fileIds.push(attrs.id ?? String(fileCount));
      prefix = multiFile ? `${version === 2 ? (attrs.id ?? fileCount) : fileCount}/` : '';
    } else if (version === 1 && name === 'trans-unit') {
      entry.slot = { version, unit: span, mids: [] };
      slots.set(prefix + (attrs.id ?? '').trim(), entry.slot);
    } else if (version === 2 && name === 'segment' && parent && local(parent.qname) === 'unit') {
      parent.count++;
      entry.slot = { version, unit: span, mids: [] };
      slots.set(`${prefix}${(parent.attrs.id ?? '').trim()}:${attrs.id ?? parent.count}`, entry.slot);
    } else if (parent?.slot) {
      if (name === 'source') parent.slot.source = span;
      else if (name === 'target') parent.slot.target = span;
      else if (name === 'seg-source') parent.slot.segSource = span;
    }
    if (version === 1 && name === 'mrk' && attrs.mtype === 'seg') {
      const owner = stack.find((e) => local(e.qname) === 'seg-source');
      const tu = stack.findLast((e) => e.slot);
      if (owner && tu?.slot) tu.slot.mids.push(attrs.mid ?? '');
    }
    stack.push(entry);
  });
  parser.on('closetag', () => {
    const e = stack.pop();
    if (e) e.span.end = parser.position;
  });
  parser.write(text).close();
  return slots;
}

function setAttr(startTag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s)${name}\\s*=\\s*("[^"]*"|'[^']*')`);
  if (re.test(startTag)) return startTag.replace(re, `$1${name}="${escapeAttr(value)}"`);
  return startTag.replace(/\s*(\/?)>$/, ` ${name}="${escapeAttr(value)}"$1>`);
}

/** A splice of the original text. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Writes `doc`'s targets and states back into the XLIFF file it was
 * imported from (`original`, 1.1/1.2/2.0/2.1), touching only what changed:
 * ids, groups, skeletons, inline codes of unchanged targets, other
 * namespaces, comments and formatting stay byte for byte. A changed target
 * is written as plain text (its inline codes, if it had any, are lost); a
 * segment that had no `<target>` gets one after its source. 1.x states go on
 * `<target state>`, 2.x on `<segment state>`; `approved="yes"` is turned off
 * when a reviewed unit is no longer reviewed.
 */
export function rewriteXliff(original: string, doc: BilingualDocument, file: string): string {
  const before = new Map(parseXliff(original, file).segments.map((s) => [s.id, s]));
  const slots = locate(original);
  const edits: Edit[] = [];
  const bySlot = new Map<Slot, Segment[]>();
  for (const s of doc.segments) {
    const old = before.get(s.id);
    const slot = slots.get(s.id) ?? slots.get(s.id.replace(/:[^:]*$/, ''));
    if (!slot || !old || (old.target === s.target && old.status === s.status)) continue;
    bySlot.set(slot, [...(bySlot.get(slot) ?? []), s]);
  }
  for (const [slot, segs] of bySlot) {
    const s = segs[0]!;
    let content: string;
    let status = s.status;
    if (slot.version === 1 && slot.mids.length > 0) {
      // A segmented 1.x unit: its <target> holds one <mrk> per translated segment and one state for them all,
      // the least advanced one; segments without text get no <mrk>, which reads back as untranslated.
      const tuId = s.id.replace(/:[^:]*$/, '');
      const parts: Segment[] = [];
      for (const mid of slot.mids) {
        const seg = doc.segments.find((x) => x.id === `${tuId}:${mid}`) ?? before.get(`${tuId}:${mid}`);
        if (seg && (seg.target !== '' || seg.status !== 'untranslated')) parts.push(seg);
      }
      status = parts.reduce<SegmentStatus>((low, p) => (RANK[p.status] < RANK[low] ? p.status : low), 'reviewed');
      content = parts
        .map((p) => `<mrk mtype="seg" mid="${escapeAttr(p.id.slice(tuId.length + 1))}">${escapeXml(p.target)}</mrk>`)
        .join('');
    } else {
      content = escapeXml(s.target);
    }
    const targetChanged = segs.some((x) => x.target !== before.get(x.id)?.target);
    if (slot.version === 1) {
      const state = STATE1[status];
      if (slot.target) {
        const t = slot.target;
        let startTag = setAttr(original.slice(t.start, t.tagEnd), 'state', state);
        if (t.selfClosing) startTag = startTag.replace(/\s*\/>$/, '>');
        const closeStart = t.selfClosing ? t.end : original.lastIndexOf('<', t.end - 1);
        const inner = targetChanged || t.selfClosing ? content : original.slice(t.tagEnd, closeStart);
        edits.push({ start: t.start, end: t.end, text: `${startTag}${inner}</${t.qname}>` });
      } else {
        const after = slot.segSource ?? slot.source;
        if (after) {
          const qname = (slot.source?.qname ?? 'source').replace(/source$/, 'target');
          edits.push({ start: after.end, end: after.end, text: `<${qname} state="${state}">${content}</${qname}>` });
        }
      }
      const unitTag = original.slice(slot.unit.start, slot.unit.tagEnd);
      if (status !== 'reviewed' && /\sapproved\s*=\s*["']yes["']/.test(unitTag)) {
        edits.push({ start: slot.unit.start, end: slot.unit.tagEnd, text: setAttr(unitTag, 'approved', 'no') });
      }
    } else {
      edits.push({
        start: slot.unit.start,
        end: slot.unit.tagEnd,
        text: setAttr(original.slice(slot.unit.start, slot.unit.tagEnd), 'state', STATE2[s.status]),
      });
      if (slot.target && targetChanged) {
        const t = slot.target;
        const startTag = original.slice(t.start, t.tagEnd).replace(/\s*\/>$/, '>');
        edits.push({ start: t.start, end: t.end, text: `${startTag}${content}</${t.qname}>` });
      } else if (!slot.target && slot.source) {
        const qname = slot.source.qname.replace(/source$/, 'target');
        edits.push({ start: slot.source.end, end: slot.source.end, text: `<${qname}>${content}</${qname}>` });
      }
    }
  }
  edits.sort((a, b) => b.start - a.start);
  let out = original;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
