/**
 * The problems `dragoman glossary validate` reports: what makes a shared
 * glossary give translators contradictory or useless advice. Pure; the CLI
 * adds file:line.
 */
import type { Glossary, Term } from '../../shared/model/glossary.js';
import { matchKey, normalizeRo } from '../../shared/text/normalize.js';
import { glossaryFormatOf } from './codec.js';

/** The rule a problem breaks (stable names: scripts may filter on them). */
export type GlossaryRule = 'empty-term' | 'duplicate-ro' | 'near-duplicate' | 'no-preferred-en' | 'forbidden-preferred';

/** One problem in one concept. */
export interface GlossaryProblem {
  /** Index of the concept in the glossary. */
  concept: number;
  rule: GlossaryRule;
  /** An English sentence; `{other}` stands for where the other concept is (the caller fills it in). */
  message: string;
  /** The other concept involved, if any. */
  other?: number;
}

interface Seen {
  concept: number;
  text: string;
}

/** Exact comparison key of a term: NFC, comma-below ș ț, trimmed. */
function exactKey(text: string): string {
  return normalizeRo(text).trim();
}

/**
 * Every problem of `g`, by concept in file order (empty terms, which the
 * readers drop, come from {@link emptyTermLines}): a Romanian
 * term in two concepts; two terms of one language that differ only in case
 * or diacritics (within a concept or across); a concept without a preferred
 * English term; an English term forbidden in one concept and preferred in
 * another.
 */
export function validateGlossary(g: Glossary): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const romanian = new Map<string, Seen>();
  /** Per language, the first term with each fold key. */
  const folded = new Map<string, Map<string, Seen>>();
  const preferredEn = new Map<string, Seen>();
  const forbiddenEn: { concept: number; key: string; text: string }[] = [];
  g.concepts.forEach((c, concept) => {
    for (const [lang, terms] of Object.entries(c.terms)) {
      const byFold = folded.get(lang) ?? new Map<string, Seen>();
      folded.set(lang, byFold);
      const inConcept = new Set<string>();
      for (const t of terms) {
        const text = exactKey(t.text);
        // The readers drop empty terms; emptyTermLines finds them in the text.
        if (text === '') continue;
        if (lang === 'ro' && !inConcept.has(text)) {
          const first = romanian.get(text);
          if (first && first.concept !== concept) {
            problems.push({
              concept,
              rule: 'duplicate-ro',
              message: `the Romanian term “${t.text}” is also in the concept {other}; merge the two concepts or remove one`,
              other: first.concept,
            });
          } else if (!first) romanian.set(text, { concept, text });
        }
        const fold = matchKey(text);
        const near = byFold.get(fold);
        if (near && near.text !== text) {
          const where = near.concept === concept ? 'in this concept' : 'in the concept {other}';
          problems.push({
            concept,
            rule: 'near-duplicate',
            message: `“${t.text}” and “${near.text}” ${where} differ only in case or diacritics; keep one spelling`,
            ...(near.concept === concept ? {} : { other: near.concept }),
          });
        } else if (near && near.concept === concept && inConcept.has(text)) {
          problems.push({
            concept,
            rule: 'near-duplicate',
            message: `the ${lang} term “${t.text}” is listed twice in this concept; remove one`,
          });
        } else if (!near) byFold.set(fold, { concept, text });
        inConcept.add(text);
        if (lang === 'en') noteEnglish(t, concept, fold, preferredEn, forbiddenEn);
      }
    }
    if (!(c.terms['en'] ?? []).some((t) => t.status === 'preferred' && t.text.trim() !== '')) {
      problems.push({
        concept,
        rule: 'no-preferred-en',
        message: 'no preferred English term; mark the right English term preferred',
      });
    }
  });
  for (const f of forbiddenEn) {
    const preferred = preferredEn.get(f.key);
    if (preferred && preferred.concept !== f.concept) {
      problems.push({
        concept: f.concept,
        rule: 'forbidden-preferred',
        message: `“${f.text}” is forbidden here but preferred in the concept {other}; decide which concept is right`,
        other: preferred.concept,
      });
    }
  }
  return problems.sort((a, b) => a.concept - b.concept);
}

function noteEnglish(
  t: Term,
  concept: number,
  fold: string,
  preferred: Map<string, Seen>,
  forbidden: { concept: number; key: string; text: string }[],
): void {
  if (t.status === 'preferred' && !preferred.has(fold)) preferred.set(fold, { concept, text: t.text });
  if (t.status === 'forbidden') forbidden.push({ concept, key: fold, text: t.text });
}

/** 1-based line of offset `at` in `text`. */
function lineAt(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Lines of the file that hold an empty term. The readers skip empty terms
 * (they match nothing), so they are found in the text: a TBX `<term>` with
 * no text, a CSV cell with an empty synonym ("a||b", "a|"), a TSV line with
 * neither a target nor a comment.
 */
export function emptyTermLines(text: string, file: string): number[] {
  const lines: number[] = [];
  switch (glossaryFormatOf(file)) {
    case 'tbx': {
      const re = /<!--[\s\S]*?-->|<term(?:\s[^>]*)?(?:\/>|>\s*<\/term>)/g;
      for (let m = re.exec(text); m; m = re.exec(text)) if (!m[0].startsWith('<!--')) lines.push(lineAt(text, m.index));
      break;
    }
    case 'tsv':
      text.split(/\r\n|\r|\n/).forEach((raw, i) => {
        const cells = raw.split('\t');
        if (raw.trimStart().startsWith('#') || cells.length < 2 || cells[0]!.trim() === '') return;
        if (cells.slice(1).every((c) => c.trim() === '')) lines.push(i + 1);
      });
      break;
    case 'csv':
      text.split(/\r\n|\r|\n/).forEach((raw, i) => {
        // A synonym list with a hole; quoted cells keep their text, so the pattern needs no CSV parse.
        if (i > 0 && /(^|[,;\t"])\s*\|\s*\||\|\s*($|[,;\t"])|(^|[,;\t"])\s*\|/.test(raw)) lines.push(i + 1);
      });
      break;
  }
  return lines;
}
