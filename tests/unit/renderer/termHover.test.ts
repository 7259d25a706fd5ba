import { beforeAll, describe, expect, it } from 'vitest';
import { conceptHoverMarkdown, escapeMarkdown, termRangeAt } from '../../../renderer/editor/termHover.js';
import { initI18n } from '../../../renderer/i18n/i18n.js';
import type { ConceptView } from '../../../renderer/workers/protocol.js';

// The Markdown parser Monaco's hover renders with; a variable specifier keeps tsc off its untyped file.
const MARKED = 'monaco-editor/base/common/marked/marked.js';
let toHtml: (md: string) => string;

beforeAll(async () => {
  await initI18n('en');
  const { marked } = (await import(MARKED)) as { marked: { parse(md: string, opts: { async: false }): string } };
  toHtml = (md) => marked.parse(md, { async: false });
});

const kyiv: ConceptView = {
  id: 'kyiv',
  ro: [{ text: 'Kiev', status: 'preferred' }],
  en: [
    { text: 'Kyiv', status: 'preferred' },
    { text: 'Kiev', status: 'forbidden', note: 'Russian-based spelling' },
    { text: 'Kyjiw', status: 'admitted' },
    { text: 'Kiew', status: 'deprecated' },
  ],
  note: 'English-language media switched in 2019.',
};

describe('conceptHoverMarkdown', () => {
  it('shows the preferred term in bold, the deprecated and forbidden ones struck, with labels', () => {
    const html = toHtml(conceptHoverMarkdown(kyiv));
    expect(html).toContain('<strong>Kyiv</strong> — Preferred');
    expect(html).toContain('Admitted: Kyjiw');
    expect(html).toContain('Deprecated: <del>Kiew</del>');
    expect(html).toContain('⛔ Forbidden: <del>Kiev</del> (Russian-based spelling)');
    expect(html).toContain('Romanian: Kiev');
    expect(html).toContain('Note: English-language media switched in 2019.');
  });

  it('labels in the UI language', async () => {
    await initI18n('ro');
    try {
      const md = conceptHoverMarkdown(kyiv);
      expect(md).toContain('Interzis');
      expect(md).toContain('Depreciat');
      expect(md).toContain('Notă');
    } finally {
      await initI18n('en');
    }
  });

  it('keeps hostile glossary text inert: no HTML, no links, no images', () => {
    const hostile: ConceptView = {
      id: 'x',
      ro: [{ text: '<b>bold</b>', status: 'preferred' }],
      en: [{ text: '[x](javascript:alert(1))', status: 'preferred' }],
      note: '<img src=x onerror=alert(1)> ![i](http://evil.example/p.png) http://evil.example **loud**',
      definition: '<script>alert(1)</script>\n    indented\n# heading',
    };
    const html = toHtml(conceptHoverMarkdown(hostile));
    expect(html).not.toMatch(/<(img|a|script|b|h1|pre|code)\b/);
    // The text is still there for the reader, as text.
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('[x](javascript:alert(1))');
    expect(html).toContain('**loud**');
  });

  it('leaves out the lines a concept has nothing for', () => {
    const md = conceptHoverMarkdown({ id: 'm', ro: [], en: [{ text: 'Moscow', status: 'preferred' }] });
    expect(toHtml(md).trim()).toBe('<p><strong>Moscow</strong> — Preferred</p>');
  });
});

describe('escapeMarkdown', () => {
  it('turns Markdown specials into literal text', () => {
    expect(toHtml(escapeMarkdown('_a_ `b` 1. c | d')).trim()).toBe('<p>_a_ `b` 1. c | d</p>');
  });
});

describe('termRangeAt', () => {
  const ranges = [
    { start: 0, end: 3, conceptId: 'cis' },
    { start: 10, end: 15, conceptId: 'minsk' },
  ];

  it('finds the term under the offset, or the one just ending there', () => {
    expect(termRangeAt(ranges, 1)?.conceptId).toBe('cis');
    expect(termRangeAt(ranges, 15)?.conceptId).toBe('minsk');
    expect(termRangeAt(ranges, 5)).toBeUndefined();
  });
});
