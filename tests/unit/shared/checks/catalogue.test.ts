import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkIds, checks } from '../../../../shared/checks/registry.js';
import { runChecks } from '../../../../shared/checks/runner.js';
import { concept, doc, fakeTerms } from './helpers.js';
import { testConcepts } from './glossaryFixture.js';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const load = (lang: string) =>
  flatten(JSON.parse(readFileSync(new URL(`../../../../shared/i18n/${lang}.json`, import.meta.url), 'utf8')) as Tree);
const en = load('en');
const ro = load('ro');
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

/** A draft with at least one fault for every check, so every kind of finding is produced. */
const FAULTY: [string, string][] = [
  ['Guvernul a demisionat.', ''],
  ['Guvernul a demisionat ieri.', 'Guvernul a demisionat ieri.'],
  ['Liderii CSI s-au întâlnit.', 'The leaders met.'],
  ['Liderii CSI-ului s-au întâlnit.', 'The CSI leaders met.'],
  ['Byelorussia, Kiev și acordul.', 'Byelorussia, Kiev and the accord.'],
  ['Lukașenko și Șoigu la ședință.', 'Lukașenko and Șoigu at the ședință.'],
  ['Lukașenko a vorbit.', 'Lukashenka spoke.'],
  ['Lukașenko a tăcut.', 'Lukashenko kept silent.'],
  ['Lukașenko a plecat.', 'Lukashenko left.'],
  ['Au fost 3 mld. lei, 52 de răniți și 2,5% creștere.', 'There were 3 million lei, injured and 2,5% growth, 7 dead.'],
  ['Pe 10 octombrie 2025, marți.', 'On October 11, 2025, monday.'],
  ['Au venit 3 oameni.', 'Nobody came on 12 May 2024.'],
  ['Au plecat pe 3 martie.', 'They left.'],
  ['Negocierile au eșuat.', 'the talks failed  .'],
  ['„Nu”, a spus el.', '„No,” he said ,  then left '],
  ['Nu știu (încă).', 'I do not know (yet.'],
  ['Ce?', 'What.'],
  ['Gata', 'Done.'],
  ['Pleacă.', 'He leaves'],
  ['Am văzut asta.', 'I saw the the thing.'],
  ['Vezi https://www.gov.ro și presa@gov.ro.', 'See https://www.gov.com and the press office.'],
  ['A plecat acasă.', 'He went home.'],
  ['A plecat acasă.', 'He left for home.'],
  ['A mers acasă.', 'He went home.'],
  ['Da', 'Yes).'],
  ['„Mergem.', 'We go.”'],
  ['Au venit oamenii.', 'The 12 people came.'],
  ['„Da”, a spus.', '“Yes, he said.'],
  ['„Nu”, a spus.', 'No,” he said.'],
  ['Pleacă acum.', ' He leaves now.'],
  ['Altceva.', 'A whatsit.'],
  ['Apăsați <b1>Salvează</b1>.', 'Press Save.'],
  ['Ministrul nu a semnat decretul.', 'The minister signed the decree.'],
  ['Festivalul de la Iași.', 'The festival in Iași.'],
];

describe('message catalogue (shared/i18n)', () => {
  it('has a message in English and Romanian for every key any check declares, and a title per check', () => {
    for (const check of checks) {
      for (const key of [...check.messageKeys, `check.${check.id}.title`]) {
        expect(en.has(key), `en.json lacks ${key}`).toBe(true);
        expect(ro.has(key), `ro.json lacks ${key}`).toBe(true);
      }
    }
  });
  it('has the same keys and the same placeholders in en.json and ro.json', () => {
    expect([...ro.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of en) expect(placeholders(ro.get(key)!), key).toEqual(placeholders(text));
  });
  it('has no check messages for ids that do not exist', () => {
    for (const key of en.keys()) if (key.startsWith('check.')) expect(checkIds).toContain(key.split('.')[1]);
  });
  it('writes Romanian with comma-below ș ț, never the cedilla forms', () => {
    for (const text of ro.values()) expect(text).not.toMatch(/[şţŞŢ]/);
  });
  it('covers what checks really produce: declared keys, known fix labels, every placeholder given', () => {
    const terms = fakeTerms([
      ...testConcepts,
      concept('x', ['ceva'], [['thingamajig', 'forbidden']]),
      concept('y', ['altceva'], [['whatsit', 'deprecated']]),
    ]);
    const spelling = {
      speller: { correct: (w: string) => w !== 'larg', suggest: () => ['large'] },
      words: new Set<string>(),
    };
    const found = runChecks(doc([...FAULTY, ['Ceva.', 'A thingamajig.'], ['Casa e mare.', 'The house is larg.']]), {
      terms,
      spelling,
    });
    const byId = new Map(checks.map((c) => [c.id, c]));
    const produced = new Set<string>();
    for (const f of found) {
      produced.add(f.messageKey);
      expect(byId.get(f.check)!.messageKeys, f.check).toContain(f.messageKey);
      for (const name of placeholders(en.get(f.messageKey) ?? ''))
        expect(f.params, `${f.messageKey} needs {{${name}}}`).toHaveProperty(name);
      for (const fix of f.fixes ?? []) expect(en.has(fix.labelKey ?? ''), `fix label ${fix.labelKey}`).toBe(true);
    }
    // The faulty draft exercises every check.
    expect(new Set(found.map((f) => f.check))).toEqual(new Set(checkIds));
    // And nearly every message variant (the rest are covered by the checks' own tests).
    const declared = checks.flatMap((c) => c.messageKeys);
    expect(declared.filter((k) => !produced.has(k))).toEqual([]);
  });
});

describe('docs/checks.md', () => {
  const doc = readFileSync(new URL('../../../../docs/checks.md', import.meta.url), 'utf8');
  const sections = [...doc.matchAll(/^### `([a-z-]+)` — ([a-z]+)/gm)].map((m) => ({
    id: m[1]!,
    severity: m[2]!,
    at: m.index,
  }));
  const sectionText = (id: string) => {
    const i = sections.findIndex((s) => s.id === id);
    return doc.slice(sections[i]!.at, sections[i + 1]?.at ?? doc.length);
  };

  it('documents every check, in catalogue order, with its default severity', () => {
    expect(sections.map((s) => s.id)).toEqual([...checkIds]);
    for (const check of checks)
      expect(sections.find((s) => s.id === check.id)?.severity, check.id).toBe(check.defaultSeverity);
  });
  it('names every message variant a check can produce in its section', () => {
    for (const check of checks) {
      const text = sectionText(check.id);
      for (const key of check.messageKeys) expect(text, key).toContain(`.${key.split('.').at(-1)}`);
    }
  });
});
