import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import en from '../../../renderer/i18n/en.json';
import ro from '../../../renderer/i18n/ro.json';
import { flattenCatalogue, pseudoCatalogue } from '../../../renderer/i18n/catalogue.js';

const enMap = flattenCatalogue(en);
const roMap = flattenCatalogue(ro);
const RENDERER = join(import.meta.dirname, '../../../renderer');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts') && name !== 'vite.config.ts') out.push(p);
  }
  return out;
}

const VISIBLE_ATTRS = new Set(['title', 'aria-label', 'placeholder', 'alt', 'label']);

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('UI catalogues', () => {
  it('ro.json has exactly the keys of en.json', () => {
    expect([...roMap.keys()].sort()).toEqual([...enMap.keys()].sort());
  });

  it('no message is empty', () => {
    for (const [k, v] of [...enMap, ...roMap]) expect(v.trim(), k).not.toBe('');
  });

  it('each Romanian message keeps the interpolations of its English one', () => {
    for (const [k, v] of enMap) expect(placeholders(roMap.get(k) ?? ''), k).toEqual(placeholders(v));
  });

  it('Romanian uses ș and ț with comma below, never the cedilla forms', () => {
    for (const [k, v] of roMap) expect(v, k).not.toMatch(/[şţŞŢ]/);
  });

  it('has the Electron menu labels the main process reads', () => {
    for (const k of [
      'file',
      'newProject',
      'openProject',
      'recent',
      'quit',
      'edit',
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'find',
      'replace',
      'view',
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'help',
      'shortcuts',
      'about',
    ]) {
      expect(enMap.has(`menu.${k}`), `menu.${k}`).toBe(true);
    }
  });
});

describe('keys used in renderer sources', () => {
  const files = sources(RENDERER);

  it('finds the sources it scans', () => {
    expect(files.some((f) => f.endsWith('App.tsx'))).toBe(true);
  });

  it('every literal t(…) key exists in en.json', () => {
    const missing: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\bt[r]?\(\s*'([a-zA-Z][\w.]*)'/g))
        if (!enMap.has(m[1] ?? '')) missing.push(`${f}: ${m[1]}`);
      // Template keys such as t(`status.${s}`): the fixed prefix must name a group.
      for (const m of text.matchAll(/\bt[r]?\(\s*`([a-zA-Z][\w.]*)\$\{/g)) {
        const prefix = m[1] ?? '';
        if (![...enMap.keys()].some((k) => k.startsWith(prefix))) missing.push(`${f}: ${prefix}…`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('components render no literal words (JSX text or visible attributes)', () => {
    const literals: string[] = [];
    for (const f of files.filter((x) => x.endsWith('.tsx'))) {
      const sf = ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
      const visit = (node: ts.Node): void => {
        if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) literals.push(`${f}: ${node.text.trim()}`);
        if (
          ts.isJsxAttribute(node) &&
          VISIBLE_ATTRS.has(node.name.getText(sf)) &&
          node.initializer &&
          ts.isStringLiteral(node.initializer) &&
          /\p{L}/u.test(node.initializer.text)
        ) {
          literals.push(`${f}: ${node.getText(sf)}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
    expect(literals).toEqual([]);
  });

  it('the literal-string scan catches a planted literal', () => {
    const sf = ts.createSourceFile(
      'x.tsx',
      'const a = <p title="Hello">Save now</p>;',
      ts.ScriptTarget.Latest,
      true,
      ts.ScriptKind.TSX,
    );
    const texts: string[] = [];
    const visit = (n: ts.Node): void => {
      if (ts.isJsxText(n) && /\p{L}/u.test(n.text)) texts.push(n.text);
      ts.forEachChild(n, visit);
    };
    visit(sf);
    expect(texts).toEqual(['Save now']);
  });
});

describe('pseudo-language', () => {
  it('wraps every message so untranslated text stands out, keeping interpolations', () => {
    const pseudo = flattenCatalogue(pseudoCatalogue(en));
    expect([...pseudo.keys()]).toEqual([...enMap.keys()]);
    expect(pseudo.get('statusBar.saved')).toBe('⟦Saved {{time}}⟧');
    for (const v of pseudo.values()) expect(v).toMatch(/^⟦[\s\S]*⟧$/);
  });
});
