import { describe, it, expect } from 'vitest';
import { matchKey } from '../../../../shared/text/normalize.js';
import type { ParadigmOptions } from '../../../../shared/text/roMorph.js';
import { ParadigmIndex, looksGenitive, paradigmAccepts, paradigmOf } from '../../../../shared/text/roMorph.js';

/** Whether `form` (as written in a text) is a form of `word`. */
function accepts(word: string, opts: ParadigmOptions, form: string): boolean {
  return paradigmAccepts(paradigmOf(word, opts), matchKey(form), form);
}

const noun: ParadigmOptions = { role: 'noun' };
const adjective: ParadigmOptions = { role: 'adjective' };
const name: ParadigmOptions = { role: 'properName' };

describe('paradigmOf: nouns by the class of their ending', () => {
  const cases: [string, string[], string[]][] = [
    // consonant: neuter plural in -uri or -e; derivations -at, -are, -ut refused
    [
      'acord',
      ['acord', 'acordul', 'acordului', 'acorduri', 'acordurile', 'acordurilor'],
      ['acordat', 'acordare', 'acorda', 'acordă', 'acordând'],
    ],
    ['stat', ['statul', 'statului', 'state', 'statele', 'statelor'], ['statut', 'statutul', 'statal', 'statistică']],
    ['prizonier', ['prizonierul', 'prizonieri', 'prizonierii', 'prizonierilor'], ['prizonierat']],
    // -u
    [
      'consiliu',
      ['consiliul', 'consiliului', 'consilii', 'consiliile', 'consiliilor'],
      ['consilier', 'consilierul', 'consiliere', 'consilieri'],
    ],
    ['ministru', ['ministrul', 'ministrului', 'miniștri', 'miniștrii', 'miniștrilor'], ['minister', 'ministerul']],
    // -e: masculine and feminine endings both
    [
      'președinte',
      ['președintele', 'președintelui', 'președinți', 'președinții', 'președinților'],
      ['președinție', 'președinția', 'președinției', 'președintă'],
    ],
    [
      'sancțiune',
      ['sancțiunea', 'sancțiunii', 'sancțiuni', 'sancțiunile', 'sancțiunilor'],
      ['sancționat', 'sancționare'],
    ],
    // -ie
    ['opoziție', ['opoziția', 'opoziției', 'opoziții', 'opozițiile', 'opozițiilor'], ['opozițional', 'opozant']],
    // -ă with ea→e, oa→o, a→e before front vowels
    ['școală', ['școala', 'școlii', 'școli', 'școlile', 'școlilor'], ['școlar', 'școlarizare', 'școlit']],
    ['seară', ['seara', 'serii', 'seri', 'serile', 'serilor'], ['serie', 'serial', 'serios']],
    ['țară', ['țara', 'țării', 'țări', 'țările', 'țărilor'], ['țăran', 'țărani', 'țărm']],
  ];
  for (const [lemma, yes, no] of cases) {
    it(`${lemma}: accepts ${yes.join(', ')}`, () => {
      for (const f of yes) expect(accepts(lemma, noun, f), f).toBe(true);
    });
    it(`${lemma}: refuses ${no.join(', ')}`, () => {
      for (const f of no) expect(accepts(lemma, noun, f), f).toBe(false);
    });
  }

  it('folds ș/ş/s and ț/ţ/t, and upper case', () => {
    for (const f of ['preşedinţii', 'presedintii', 'PREȘEDINȚII', 'Președinții'])
      expect(accepts('președinte', noun, f), f).toBe(true);
    expect(accepts('şcoală', noun, 'scolile')).toBe(true);
  });

  it('never takes a frequent word for a short stem plus an ending (este ≠ est + e)', () => {
    expect(accepts('est', noun, 'estul')).toBe(true);
    expect(accepts('est', noun, 'este')).toBe(false);
    expect(accepts('est', noun, 'ești')).toBe(false);
    expect(accepts('car', noun, 'care')).toBe(false);
  });
});

describe('paradigmOf: adjectives', () => {
  it('politic takes every gender, number and case form', () => {
    for (const f of ['politic', 'politici', 'politică', 'politice', 'politicii', 'politicilor'])
      expect(accepts('politic', adjective, f), f).toBe(true);
    for (const f of ['politician', 'politicieni', 'politicos']) expect(accepts('politic', adjective, f), f).toBe(false);
  });
  it('europeană alternates ea→e: europene', () => {
    expect(accepts('europeană', adjective, 'europene')).toBe(true);
    expect(accepts('europeană', adjective, 'Europene')).toBe(true);
    expect(accepts('europeană', adjective, 'europenizare')).toBe(false);
  });
  it('românesc alternates sc→șt and e→ea: românești, românească', () => {
    expect(accepts('românesc', adjective, 'românești')).toBe(true);
    expect(accepts('românesc', adjective, 'românească')).toBe(true);
    expect(accepts('românesc', adjective, 'românism')).toBe(false);
  });
});

describe('paradigmOf: citation forms with the article', () => {
  const articled: ParadigmOptions = { role: 'noun', articled: true };
  it('Consiliul matches its other case and number forms', () => {
    for (const f of ['Consiliul', 'Consiliului', 'consiliile']) expect(accepts('Consiliul', articled, f), f).toBe(true);
    expect(accepts('Consiliul', articled, 'Consilierul')).toBe(false);
  });
  it('Uniunea → Uniunii, Comunitatea → Comunității, Federația → Federației, Republica → Republicii', () => {
    expect(accepts('Uniunea', articled, 'Uniunii')).toBe(true);
    expect(accepts('Comunitatea', articled, 'Comunității')).toBe(true);
    expect(accepts('Federația', articled, 'Federației')).toBe(true);
    expect(accepts('Republica', articled, 'Republicii')).toBe(true);
  });
  it('Statele (plural) → Statelor', () => {
    expect(accepts('Statele', articled, 'Statelor')).toBe(true);
    expect(accepts('Statele', articled, 'Statutele')).toBe(false);
  });
});

describe('paradigmOf: names and acronyms', () => {
  it('place names inflect as nouns, with or without hyphen (Minskului, Bruxelles-ul)', () => {
    expect(accepts('Minsk', name, 'Minskului')).toBe(true);
    expect(accepts('Minsk', name, 'Minsk-ului')).toBe(true);
    expect(accepts('Bruxelles', name, 'Bruxelles-ul')).toBe(true);
    expect(accepts('Minsk', name, 'Minskuri')).toBe(false);
  });
  it('names in -a take the genitive -ei only: Rusiei, never rus/ruși', () => {
    expect(accepts('Rusia', name, 'Rusiei')).toBe(true);
    expect(accepts('Ucraina', name, 'Ucrainei')).toBe(true);
    for (const f of ['rus', 'ruși', 'rusesc', 'Rusie']) expect(accepts('Rusia', name, f), f).toBe(false);
    expect(accepts('Ucraina', name, 'ucrainean')).toBe(false);
  });
  it('a masculine personal name stays as written (lui Lukașenko)', () => {
    expect(accepts('Lukașenko', name, 'Lukasenko')).toBe(true);
    expect(accepts('Lukașenko', name, 'Lukașenkoul')).toBe(false);
  });
  it('acronyms take their article after a hyphen, and keep their case when case-sensitive', () => {
    const acr: ParadigmOptions = { role: 'acronym', caseSensitive: true };
    for (const f of ['CSI', 'CSI-ului', 'CSI‑ul']) expect(accepts('CSI', acr, f), f).toBe(true);
    for (const f of ['csi', 'csi-ului', 'CSIului', 'Csi']) expect(accepts('CSI', acr, f), f).toBe(false);
    expect(accepts('ONG', acr, 'ONG-urile')).toBe(true);
  });
  it('a dotted acronym in the glossary matches without dots', () => {
    expect(accepts('S.U.A.', { role: 'acronym', caseSensitive: true }, 'SUA')).toBe(true);
  });
});

describe('ParadigmIndex', () => {
  it('finds every entry whose paradigm accepts a word, and no other', () => {
    const index = new ParadigmIndex<string>();
    index.add(paradigmOf('acord', noun), 'acord');
    index.add(paradigmOf('consiliu', noun), 'consiliu');
    index.add(paradigmOf('CSI', { role: 'acronym', caseSensitive: true }), 'CSI');
    const found = (w: string): string[] => {
      const out: string[] = [];
      index.collect(w, out, w);
      return out;
    };
    expect(found('acordurilor')).toEqual(['acord']);
    expect(found('acordat')).toEqual([]);
    expect(found('Consiliului')).toEqual(['consiliu']);
    expect(found('CSI-ului')).toEqual(['CSI']);
    expect(found('csi-ului')).toEqual([]);
    expect(found('CSI\u2011ului')).toEqual(['CSI']);
    // Decomposed comma-below (s + U+0326) is composed before lookup.
    expect(found('Consiliului'.normalize('NFD'))).toEqual(['consiliu']);
    expect(found('acordu\u0326rilor')).toEqual([]);
    expect(index.stemCount).toBe(4);
  });
  it('without the case key, case-sensitive entries never match', () => {
    const index = new ParadigmIndex<string>();
    index.add(paradigmOf('NATO', { role: 'acronym', caseSensitive: true }), 'NATO');
    expect(index.collect('NATO', [])).toBe(0);
    expect(index.collect('NATO', [], () => 'NATO')).toBe(1);
    expect(index.collect('nato', [], () => 'nato')).toBe(0);
  });
});

describe('looksGenitive', () => {
  it('tells genitive words inside a term', () => {
    expect(looksGenitive('Statelor')).toBe(true);
    expect(looksGenitive('Ministerului')).toBe(true);
    expect(looksGenitive('Independente')).toBe(false);
  });
});
