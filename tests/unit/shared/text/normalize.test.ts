import { describe, it, expect } from 'vitest';
import { foldDiacritics, lowerRo, matchKey, normalizeHyphens, normalizeRo } from '../../../../shared/text/normalize.js';

describe('normalizeRo', () => {
  it('maps precomposed cedilla letters to comma-below in both cases', () => {
    expect(normalizeRo('Lukaşenko, Ţara, ŞOS, ţânţar')).toBe('Lukașenko, Țara, ȘOS, țânțar');
  });

  it('maps decomposed s/t + combining cedilla to comma-below', () => {
    expect(normalizeRo('Lukas\u0327enko t\u0327ara')).toBe('Lukașenko țara');
  });

  it('composes decomposed comma-below and breve letters (NFC)', () => {
    const out = normalizeRo('s\u0326i a\u0306 i\u0302n');
    expect(out).toBe('și ă în');
    expect(out.length).toBe(7);
  });

  it('leaves standard Romanian and ASCII text unchanged', () => {
    expect(normalizeRo('Președintele a vorbit marți.')).toBe('Președintele a vorbit marți.');
    expect(normalizeRo('Lukasenko a vorbit marti')).toBe('Lukasenko a vorbit marti');
  });
});

describe('lowerRo', () => {
  it('lower-cases Romanian capitals, keeping diacritics', () => {
    expect(lowerRo('ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE, ÂȘA')).toBe('înalta curte de casație și justiție, âșa');
  });

  it('lower-cases I to dotted i (not the Turkish dotless ı)', () => {
    expect(lowerRo('ISTORIA')).toBe('istoria');
  });
});

describe('foldDiacritics', () => {
  it('folds every Romanian diacritic letter, keeping case', () => {
    expect(foldDiacritics('ăâîșşțţ ĂÂÎȘŞȚŢ')).toBe('aaisstt AAISSTT');
  });

  it('does not touch other letters', () => {
    expect(foldDiacritics('café Zürich')).toBe('café Zürich');
  });

  it('folds decomposed input too', () => {
    expect(foldDiacritics('t\u0326ara')).toBe('tara');
  });
});

describe('normalizeHyphens', () => {
  it('turns hyphen look-alikes into "-" and drops soft hyphens', () => {
    expect(normalizeHyphens('s\u2010a CSI\u2011ului aliat\u2011cheie')).toBe('s-a CSI-ului aliat-cheie');
    expect(normalizeHyphens('Lukașen\u00ADko')).toBe('Lukașenko');
  });

  it('turns an en dash between letters into "-", but not a spaced dash or a range', () => {
    expect(normalizeHyphens('US\u2013Belarus')).toBe('US-Belarus');
    expect(normalizeHyphens('Chișinău \u2013 București')).toBe('Chișinău \u2013 București');
    expect(normalizeHyphens('1990\u20132000')).toBe('1990\u20132000');
  });
});

describe('matchKey', () => {
  it('makes cedilla, comma-below, upper case and missing diacritics compare equal', () => {
    const forms = ['Lukaşenko', 'Lukașenko', 'LUKAȘENKO', 'Lukasenko', 'LUKAS\u0327ENKO'];
    for (const f of forms) expect(matchKey(f)).toBe('lukasenko');
  });

  it('drops soft hyphens: "Lukașen\u00ADko" is "Lukașenko"', () => {
    expect(matchKey('Lukașen\u00ADko')).toBe('lukasenko');
    expect(matchKey('pre\u00ADședin\u00ADtele')).toBe('presedintele');
  });

  it('folds all hyphen look-alikes to "-"', () => {
    expect(matchKey('CSI\u2011ului')).toBe('csi-ului');
    expect(matchKey('US\u2013Belarus')).toBe('us-belarus');
    expect(matchKey('Într\u2010o')).toBe('intr-o');
  });

  it('equals fold(lower(normalizeHyphens(normalizeRo(s))))', () => {
    const samples = ['Înalta Curte de Casaţie şi Justiţie', 'ȘTIRI–ACTUALITATE', 'președinția', 'NATO-ul', 'a\u00ADb'];
    for (const s of samples) {
      expect(matchKey(s)).toBe(foldDiacritics(lowerRo(normalizeHyphens(normalizeRo(s)))));
    }
  });

  it('has exactly the length of NFC input, char for char', () => {
    const s = 'Comunității Statelor Independente (CSI‑ului), ţara lui Lukaşenko – „Minsk”';
    const key = matchKey(s);
    expect(key.length).toBe(s.length);
    const at = s.indexOf('Lukaşenko');
    expect(key.slice(at, at + 'Lukaşenko'.length)).toBe('lukasenko');
    const csi = s.indexOf('CSI');
    expect(key.slice(csi, csi + 8)).toBe('csi-ului');
  });

  it('keeps the length when a letter lower-cases to two code units', () => {
    expect(matchKey('İstanbul').length).toBe('İstanbul'.length);
  });

  it('returns ASCII lower-case input as is, and lower-cases ASCII capitals', () => {
    expect(matchKey('consiliu')).toBe('consiliu');
    expect(matchKey('SUA')).toBe('sua');
  });

  it('handles text longer than any internal buffer', () => {
    const long = 'Şţ'.repeat(20000);
    const key = matchKey(long);
    expect(key.length).toBe(40000);
    expect(key.slice(0, 4)).toBe('stst');
    expect(key.slice(-2)).toBe('st');
  });
});
