import type { BilingualDocument } from '../model/segment.js';
import { stripPlaceholders } from '../text/placeholders.js';

/** Layout an import remembered beyond the segments: heading levels by paragraph number. */
export interface DocumentLayout {
  /** Paragraph number → heading level 1–6; other paragraphs are body text. */
  headings?: Readonly<Record<string, number>>;
}

/**
 * The English text of each paragraph, in order: its segments' targets joined
 * by a space. Untranslated segments contribute nothing; a paragraph with no
 * translation at all is kept as an empty string so numbering stays aligned.
 */
export function targetParagraphs(doc: BilingualDocument): { paragraph: number; text: string }[] {
  const out: { paragraph: number; text: string }[] = [];
  for (const s of doc.segments) {
    let last = out[out.length - 1];
    if (!last || last.paragraph !== s.paragraph) {
      last = { paragraph: s.paragraph, text: '' };
      out.push(last);
    }
    const t = s.target.trim();
    if (t) last.text = last.text ? `${last.text} ${t}` : t;
  }
  return out;
}

/**
 * The English document alone as plain text: one paragraph per line with a
 * blank line between paragraphs (readable as is, and read back paragraph by
 * paragraph by segmentDocument). Placeholders are dropped.
 */
export function writeTargetText(doc: BilingualDocument): string {
  const paras = targetParagraphs(doc)
    .map((p) => stripPlaceholders(p.text))
    .filter((t) => t !== '');
  return paras.length ? `${paras.join('\n\n')}\n` : '';
}

// Characters Markdown would read as markup inside a line.
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
}

// A paragraph that starts like a block marker would turn into a heading, list or quotation.
function escapeBlockStart(text: string): string {
  return text.replace(/^(#{1,6}\s|>|[-+*]\s|\d+[.)]\s)/, (m) => `\\${m}`);
}

/** Placeholders back into Markdown emphasis; links keep their text (the address is not in the project). */
function placeholdersToMarkdown(text: string): string {
  const parts = text.split(/(<\/?[abiux]\d+\/?>)/);
  return parts
    .map((part, i) => {
      if (i % 2 === 0) return escapeInline(part);
      const m = /^<(\/?)([abiux])\d+\/?>$/.exec(part)!;
      if (m[2] === 'b') return '**';
      if (m[2] === 'i') return '*';
      return '';
    })
    .join('');
}

/**
 * The English document alone as Markdown: paragraphs separated by blank
 * lines, headings as `#` lines at the level the source had, bold and italic
 * placeholders as `**` and `*`; Markdown characters in the text are escaped.
 */
export function writeTargetMarkdown(doc: BilingualDocument, layout: DocumentLayout = {}): string {
  const blocks: string[] = [];
  for (const p of targetParagraphs(doc)) {
    if (p.text === '') continue;
    const level = layout.headings?.[String(p.paragraph)];
    const body = escapeBlockStart(placeholdersToMarkdown(p.text));
    blocks.push(level ? `${'#'.repeat(Math.min(6, Math.max(1, level)))} ${body}` : body);
  }
  return blocks.length ? `${blocks.join('\n\n')}\n` : '';
}
