import { describe, it, expect } from 'vitest';
import { parseXml, escapeXml, escapeAttr, textContent, childElements } from '../../../../shared/formats/xml.js';
import { FormatError } from '../../../../shared/formats/formatError.js';
import { fixtureText, thrownBy } from '../../../helpers/errors.js';

const fixture = (name: string): string => fixtureText('glossary', name);

const errorOf = (fn: () => unknown): FormatError => thrownBy(FormatError, fn);

describe('parseXml', () => {
  it('resolves namespaces, keeps attributes and drops xmlns declarations', () => {
    const root = parseXml(
      '<tbx xmlns="urn:iso:std:iso:30042:ed-2" xmlns:min="http://www.tbxinfo.net/ns/min" xml:lang="ro"><min:subjectField>drept</min:subjectField></tbx>',
      'g.tbx',
    );
    expect(root.local).toBe('tbx');
    expect(root.ns).toBe('urn:iso:std:iso:30042:ed-2');
    expect(root.attrs).toEqual({ 'xml:lang': 'ro' });
    const [field] = childElements(root);
    expect(field?.name).toBe('min:subjectField');
    expect(field?.local).toBe('subjectField');
    expect(field?.ns).toBe('http://www.tbxinfo.net/ns/min');
  });

  it('records where each element starts', () => {
    const root = parseXml('<a>\n  <b x="1">t</b><c/>\n <d\n y="2"/></a>', 'x.xml');
    const [b, c, d] = childElements(root);
    expect([b?.line, b?.column]).toEqual([2, 3]);
    expect([c?.line, c?.column]).toEqual([2, 17]);
    expect([d?.line, d?.column]).toEqual([3, 2]);
  });

  it('merges text and CDATA, expands predefined and numeric references, keeps ș and ț', () => {
    const root = parseXml('<t>Bănci &amp; <![CDATA[<credite>]]> &#x219;i &#539;ări</t>', 'x.xml');
    expect(root.children).toEqual(['Bănci & <credite> și țări']);
  });

  it('strips a UTF-8 byte-order mark', () => {
    expect(parseXml('\uFEFF<a>ș</a>', 'x.xml').children).toEqual(['ș']);
  });

  it('refuses a billion-laughs DTD without expanding it, naming the DOCTYPE position', () => {
    const err = errorOf(() => parseXml(fixture('billion-laughs.tbx'), 'billion-laughs.tbx'));
    expect(err.file).toBe('billion-laughs.tbx');
    expect(err.line).toBe(2);
    expect(err.column).toBe(1);
    expect(err.message).toMatch(/^billion-laughs\.tbx:2:1: .*ENTITY.*refused/);
  });

  it('reads past a reference to an external DTD without fetching it; an entity it could define stays refused', () => {
    // OmegaT writes <!DOCTYPE tmx SYSTEM "tmx11.dtd"> in every TMX: nothing is declared in the file itself.
    const root = parseXml(fixture('external-entity.tbx'), 'ext.tbx');
    expect(root.name).toBe('martif');
    expect(JSON.stringify(root)).not.toContain('root:');
    const withEntity = fixture('external-entity.tbx').replace('<body/>', '<body>&passwd;</body>');
    const err = errorOf(() => parseXml(withEntity, 'ext.tbx'));
    expect(err.message).toMatch(/^ext\.tbx:3:\d+: malformed XML: undefined entity/);
    expect(parseXml('<!DOCTYPE tmx PUBLIC "-//LISA//DTD TMX 1.4//EN" "tmx14.dtd">\n<tmx/>', 't.tmx').name).toBe('tmx');
  });

  it('refuses a DTD written inside the file, even without entities, naming the DOCTYPE position', () => {
    const err = errorOf(() => parseXml('<?xml version="1.0"?>\n<!DOCTYPE a [<!ELEMENT a ANY>]>\n<a/>', 'i.xml'));
    expect([err.line, err.column]).toEqual([2, 1]);
    expect(err.message).toContain('internal DTDs are refused');
  });

  it('refuses an undefined entity instead of guessing', () => {
    const err = errorOf(() => parseXml('<a>\n  &nbsp;</a>', 'n.xml'));
    expect(err.line).toBe(2);
    expect(err.message).toMatch(/^n\.xml:2:\d+: malformed XML: undefined entity/);
  });

  it('reports malformed XML at the line and column where it breaks', () => {
    const err = errorOf(() => parseXml(fixture('malformed.tbx'), 'malformed.tbx'));
    // Line 6 closes <term> with </termSec>; the parser notices at that tag's ">" (column 79).
    expect(err.line).toBe(6);
    expect(err.column).toBe(79);
    expect(err.message).toMatch(/^malformed\.tbx:6:79: malformed XML: .*\. Fix the XML/);
  });

  it('refuses text that is not XML at all', () => {
    const err = errorOf(() => parseXml('CSI\tCIS\n', 'glossary.tbx'));
    expect(err.line).toBe(1);
    expect(err.file).toBe('glossary.tbx');
  });

  it('refuses an empty document', () => {
    expect(() => parseXml('', 'e.xml')).toThrow(FormatError);
  });

  it('hands detached subtrees over as they close and leaves them out of the tree', () => {
    const seen: string[] = [];
    const root = parseXml('<body><entry id="1"><t>acord</t></entry><keep/><entry id="2"/></body>', 'x.xml', {
      detach: (el, ancestors) => el.local === 'entry' && ancestors.length === 1,
      onDetached: (el) => seen.push(`${el.attrs.id}:${textContent(el)}`),
    });
    expect(seen).toEqual(['1:acord', '2:']);
    expect(childElements(root).map((e) => e.local)).toEqual(['keep']);
  });

  it('lets errors thrown by the detach handler through unchanged', () => {
    const boom = new FormatError('x.xml', 'bad entry', { line: 1 });
    expect(() =>
      parseXml('<a><b/></a>', 'x.xml', {
        detach: () => true,
        onDetached: () => {
          throw boom;
        },
      }),
    ).toThrow(boom);
  });

  it('refuses absurd nesting depth', () => {
    const deep = '<a>'.repeat(600) + '</a>'.repeat(600);
    expect(errorOf(() => parseXml(deep, 'deep.xml')).message).toMatch(/nested more than/);
  });
});

describe('escaping', () => {
  it('round-trips awkward text through element content and attributes', () => {
    const nasty = 'Ion & Maria <„citat”> "x" \'y\'\r\nrând nou\tși tab';
    const doc = `<a title="${escapeAttr(nasty)}">${escapeXml(nasty)}</a>`;
    const root = parseXml(doc, 'x.xml');
    expect(root.attrs.title).toBe(nasty);
    expect(textContent(root)).toBe(nasty);
  });

  it('drops characters XML cannot carry', () => {
    expect(escapeXml('a\u0001b\uD800c')).toBe('abc');
  });
});
