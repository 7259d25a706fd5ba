import type { BilingualDocument } from '../model/segment.js';
import { parseXliff } from './xliff.js';
import { DRAGOMAN_ORIGINAL } from './xliff21Write.js';
import { parseXml, type XmlElement } from './xml.js';

function elements(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.local === local);
}

/**
 * Reads an XLIFF file as parseXliff does, then undoes what XLIFF 2 forces on
 * files Dragoman itself wrote (writeXliff21, `original="dragoman"`): the
 * unit id prefix of segment ids and the unit-wide notes, so that project →
 * XLIFF 2.1 → project gives back the same ids and per-segment notes. The
 * gettext header unit of po2xliff files is left out: it is metadata.
 */
export function importXliff(text: string, file: string): BilingualDocument {
  const parsed = parseXliff(text, file);
  const root = parseXml(text, file);
  const files = elements(root, 'file');
  // po2xliff puts the gettext header (Content-Type, Language…) into a unit of its own: metadata, not text.
  const headers = new Set<string>();
  const findHeaders = (el: XmlElement): void => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.local === 'trans-unit' && c.attrs.restype === 'x-gettext-domain-header' && c.attrs.id)
        headers.add(c.attrs.id);
      else findHeaders(c);
    }
  };
  if (files.length === 1) findHeaders(root);
  const doc = headers.size ? { ...parsed, segments: parsed.segments.filter((s) => !headers.has(s.id)) } : parsed;
  if (!root.attrs.version?.startsWith('2.') || files.length !== 1 || files[0]!.attrs.original !== DRAGOMAN_ORIGINAL) {
    return doc;
  }
  const notes = new Map<string, string>();
  for (const unit of elements(files[0]!, 'unit')) {
    for (const notesEl of elements(unit, 'notes')) {
      for (const note of elements(notesEl, 'note')) {
        const id = note.attrs.category;
        const t = note.children.filter((c): c is string => typeof c === 'string').join('');
        if (id) notes.set(id, t);
      }
    }
  }
  return {
    ...doc,
    segments: doc.segments.map((s) => {
      const { note: _note, ...rest } = s;
      const id = s.id.slice(s.id.indexOf(':') + 1);
      const note = notes.get(id);
      return note ? { ...rest, id, note } : { ...rest, id };
    }),
  };
}
