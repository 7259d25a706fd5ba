import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MONACO_RO } from '../../../renderer/editor/monacoNls.js';

const ESM = join(import.meta.dirname, '../../../node_modules/monaco-editor/esm/vs');

/** Every `localize(n, "text"` / `localize2(n, 'text'` of Monaco's ESM build: number → English text. */
function monacoMessages(): Map<number, string> {
  const out = new Map<number, string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js')) {
        const text = readFileSync(p, 'utf8');
        for (const m of text.matchAll(/localize2?\((\d+), ?(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')/g))
          out.set(Number(m[1]), (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1'));
      }
    }
  };
  walk(ESM);
  return out;
}

describe('Monaco’s messages in Romanian', () => {
  it('each number is the English message it claims to be in this Monaco build', () => {
    const messages = monacoMessages();
    for (const [n, [en]] of Object.entries(MONACO_RO)) expect(messages.get(Number(n)), `message ${n}`).toBe(en);
  });

  it('keeps every {n} placeholder of the English text', () => {
    for (const [en, ro] of Object.values(MONACO_RO))
      expect([...ro.matchAll(/\{\d\}/g)].map((m) => m[0]).sort()).toEqual(
        [...en.matchAll(/\{\d\}/g)].map((m) => m[0]).sort(),
      );
  });
});
