/**
 * The glossary hover over a recognised source term, as Markdown text. Pure:
 * sourceTerms.ts wraps it in an untrusted Monaco MarkdownString. Glossary
 * files come from clients and colleagues, so every glossary text is escaped:
 * a note cannot add links, images, HTML or formatting to the hover.
 */
import type { ConceptView, TermView } from '../workers/protocol.js';
import { t } from '../i18n/i18n.js';

/** A recognised term in one segment's source: UTF-16 offsets [start, end). */
export interface TermRange {
  start: number;
  end: number;
  conceptId: string;
}

// Every ASCII punctuation character may be backslash-escaped in CommonMark, and
// an escaped one is always literal text: no emphasis, link, autolink
// ("http\:", "www\."), HTML tag, table or list marker can form.
const MARKDOWN_SPECIAL = /[!-/:-@[-`{-~]/g;

/** Glossary text as literal Markdown: specials escaped, each line its own line, no indented code blocks. */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim().replace(MARKDOWN_SPECIAL, '\\$&'))
    .filter((line) => line !== '')
    .join('  \n');
}

function withNote(term: TermView, shown: string): string {
  return term.note ? `${shown} (${escapeMarkdown(term.note)})` : shown;
}

/**
 * The hover of a concept: preferred English terms in bold, then admitted,
 * deprecated (struck through) and forbidden ones (⛔, struck through), the
 * Romanian terms, the definition and the note; every label in the UI language.
 */
export function conceptHoverMarkdown(concept: ConceptView): string {
  const byStatus = (status: TermView['status']) => concept.en.filter((x) => x.status === status);
  const blocks: string[] = [];
  const preferred = byStatus('preferred');
  if (preferred.length)
    blocks.push(
      preferred.map((x) => withNote(x, `**${escapeMarkdown(x.text)}**`)).join(', ') +
        ` — ${escapeMarkdown(t('intelligence.hover.preferred'))}`,
    );
  const lines: string[] = [];
  const admitted = byStatus('admitted');
  if (admitted.length)
    lines.push(
      `${escapeMarkdown(t('intelligence.hover.admitted'))}: ${admitted.map((x) => withNote(x, escapeMarkdown(x.text))).join(', ')}`,
    );
  const deprecated = byStatus('deprecated');
  if (deprecated.length)
    lines.push(
      `${escapeMarkdown(t('intelligence.hover.deprecated'))}: ${deprecated.map((x) => withNote(x, `~~${escapeMarkdown(x.text)}~~`)).join(', ')}`,
    );
  const forbidden = byStatus('forbidden');
  if (forbidden.length)
    lines.push(
      `⛔ ${escapeMarkdown(t('intelligence.hover.forbidden'))}: ${forbidden.map((x) => withNote(x, `~~${escapeMarkdown(x.text)}~~`)).join(', ')}`,
    );
  if (lines.length) blocks.push(lines.join('  \n'));
  if (concept.ro.length)
    blocks.push(
      `${escapeMarkdown(t('intelligence.hover.romanian'))}: ${concept.ro.map((x) => withNote(x, escapeMarkdown(x.text))).join(', ')}`,
    );
  if (concept.definition)
    blocks.push(`${escapeMarkdown(t('intelligence.hover.definition'))}: ${escapeMarkdown(concept.definition)}`);
  if (concept.note) blocks.push(`${escapeMarkdown(t('intelligence.hover.note'))}: ${escapeMarkdown(concept.note)}`);
  return blocks.join('\n\n');
}

/**
 * The recognised term under a position of the source line (0-based offset of
 * the character under the mouse). The end is included so that a hover just
 * after the last letter still finds the term; the earliest range wins.
 */
export function termRangeAt(ranges: readonly TermRange[], offset: number): TermRange | undefined {
  return ranges.find((r) => r.start <= offset && offset < r.end) ?? ranges.find((r) => r.end === offset);
}
