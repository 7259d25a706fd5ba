import type { Concept, Glossary, Term } from '../../shared/model/glossary.js';
import { FormatError } from '../../shared/formats/formatError.js';

/** Which languages the two columns of a TSV glossary hold. */
export interface TsvLanguages {
  /** Primary subtag of column 1; default "ro". */
  sourceLang?: string;
  /** Primary subtag of column 2; default "en". */
  targetLang?: string;
}

/**
 * Reads an OmegaT-style glossary: `source<TAB>target<TAB>comment` per line,
 * `#` comment lines and blank lines skipped, any line ending, BOM stripped.
 * Lines with the same source become one concept: the first target is
 * preferred, later ones admitted (so any of them counts as rendering the
 * term, as OmegaT shows them as alternatives). A comment becomes the note of
 * its target term, or of the concept when the target is empty.
 */
export function parseTsv(text: string, file: string, langs: TsvLanguages = {}): Glossary {
  const src = langs.sourceLang ?? 'ro';
  const tgt = langs.targetLang ?? 'en';
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const bySource = new Map<string, Concept>();
  const concepts: Concept[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const lineNo = i + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const cells = raw.split('\t');
    if (cells.length < 2) {
      throw new FormatError(file, 'expected source<TAB>target[<TAB>comment], but the line has no tab', {
        line: lineNo,
        column: 1,
        hint: 'Separate the columns with a tab character; a comma-separated file needs the .csv extension',
      });
    }
    const source = cells[0]!.trim();
    const target = cells[1]!.trim();
    const comment = cells.slice(2).join(' ').trim();
    if (!source) {
      throw new FormatError(file, 'the source term (column 1) is empty', {
        line: lineNo,
        column: 1,
        hint: 'Write the Romanian term before the first tab, or start the line with # to make it a comment',
      });
    }
    let concept = bySource.get(source);
    if (!concept) {
      concept = { id: `L${lineNo}`, generatedId: true, terms: { [src]: [{ text: source, status: 'preferred' }] } };
      bySource.set(source, concept);
      concepts.push(concept);
    }
    if (!target) {
      if (comment) concept.note = concept.note ? `${concept.note}\n${comment}` : comment;
      continue;
    }
    const targets = (concept.terms[tgt] ??= []);
    const existing = targets.find((t) => t.text === target);
    if (existing) {
      if (comment && existing.note !== comment)
        existing.note = existing.note ? `${existing.note}\n${comment}` : comment;
      continue;
    }
    const term: Term = { text: target, status: targets.length === 0 ? 'preferred' : 'admitted' };
    if (comment) term.note = comment;
    targets.push(term);
  }
  return { concepts, origin: file };
}

/**
 * Writes an OmegaT-style TSV glossary: one line per source term × usable
 * target term (preferred first, then admitted). Deprecated and forbidden
 * targets are left out, since OmegaT would offer them as translations; tabs
 * and line breaks inside texts become spaces. The comment column carries the
 * target term's note, else the concept's note.
 */
export function writeTsv(g: Glossary, langs: TsvLanguages = {}): string {
  const src = langs.sourceLang ?? 'ro';
  const tgt = langs.targetLang ?? 'en';
  const out = [`# Glossary written by Dragoman: ${src}<TAB>${tgt}<TAB>comment`];
  for (const c of g.concepts) {
    const sources = c.terms[src] ?? [];
    const usable = (c.terms[tgt] ?? []).filter((t) => t.status === 'preferred' || t.status === 'admitted');
    const targets = [
      ...usable.filter((t) => t.status === 'preferred'),
      ...usable.filter((t) => t.status === 'admitted'),
    ];
    for (const s of sources) {
      if (targets.length === 0) out.push(line(s.text, '', c.note));
      for (const t of targets) out.push(line(s.text, t.text, t.note ?? c.note));
    }
  }
  return out.join('\n') + '\n';
}

function line(source: string, target: string, comment: string | undefined): string {
  const cells = [source, target, comment ?? ''].map((s) => s.replace(/[\t\r\n]+/g, ' ').trim());
  while (cells.length > 2 && cells[cells.length - 1] === '') cells.pop();
  return cells.join('\t');
}
