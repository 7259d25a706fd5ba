// Loads the fault-free bilingual news fixture (tests/fixtures/clean-news) with its glossary.
import { readFileSync } from 'node:fs';
import { buildTermIndex } from '../../../../glossary/common/termIndex.js';
import { parseTsv } from '../../../../glossary/common/tsv.js';
import type { TermLookup } from '../../../../shared/checks/termLookup.js';
import type { Glossary } from '../../../../shared/model/glossary.js';
import type { BilingualDocument } from '../../../../shared/model/segment.js';

const read = (name: string) => readFileSync(new URL(`../../../fixtures/clean-news/${name}`, import.meta.url), 'utf8');

/** Segments one per line; a blank line ends a paragraph. Both files have the same shape. */
export function cleanNews(): BilingualDocument {
  const ro = read('ro.txt').split('\n');
  const en = read('en.txt').split('\n');
  const segments: BilingualDocument['segments'] = [];
  let paragraph = 0;
  ro.forEach((source, i) => {
    if (source.trim() === '') {
      if (segments.length && segments.at(-1)!.paragraph === paragraph) paragraph++;
      return;
    }
    segments.push({ id: `s${segments.length + 1}`, source, target: en[i] ?? '', paragraph, status: 'translated' });
  });
  return { sourceLang: 'ro', targetLang: 'en', segments };
}

/**
 * The fixture's glossary, plus the statuses a TSV file cannot carry: "Kiev"
 * deprecated for Kyiv, "Byelorussia" forbidden for Belarus.
 */
export function cleanNewsGlossary(): Glossary {
  const g = parseTsv(read('glossary.tsv'), 'tests/fixtures/clean-news/glossary.tsv');
  const add = (ro: string, text: string, status: 'deprecated' | 'forbidden') => {
    const c = g.concepts.find((k) => k.terms['ro']?.some((t) => t.text === ro));
    if (!c) throw new Error(`fixture glossary lacks ${ro}`);
    c.terms['en']!.push({ text, status });
  };
  add('Kiev', 'Kiev', 'deprecated');
  add('Belarus', 'Byelorussia', 'forbidden');
  return g;
}

/** The real term index over the fixture's glossary. */
export function cleanNewsTerms(): TermLookup {
  return buildTermIndex(cleanNewsGlossary());
}
