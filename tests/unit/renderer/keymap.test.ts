import { describe, expect, it } from 'vitest';
import en from '../../../renderer/i18n/en.json';
import { flattenCatalogue } from '../../../renderer/i18n/catalogue.js';
import {
  APP_BINDINGS,
  BINDINGS,
  appCommandForEvent,
  MONACO_SHORTCUTS,
  chordId,
  chordLabel,
  commandForEvent,
  shortcutRows,
} from '../../../renderer/editor/keymap.js';

const ev = (code: string, mods: { ctrl?: boolean; shift?: boolean; alt?: boolean; meta?: boolean } = {}) => ({
  code,
  ctrlKey: !!mods.ctrl,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
  metaKey: !!mods.meta,
});
const catalogue = flattenCatalogue(en);
const t = (k: string) => catalogue.get(k) ?? `?${k}`;

describe('workbench key bindings', () => {
  it('no chord is bound twice, and none takes a Monaco editing key we keep', () => {
    const ids = BINDINGS.flatMap((b) => b.chords.map(chordId));
    expect(new Set(ids).size).toBe(ids.length);
    const kept = MONACO_SHORTCUTS.flatMap((s) => s.chords.map(chordId));
    for (const id of ids) expect(kept).not.toContain(id);
  });

  it('every binding is described in the catalogue', () => {
    for (const b of [...BINDINGS, ...MONACO_SHORTCUTS]) expect(catalogue.has(b.label), b.label).toBe(true);
  });

  it('maps the documented keys to their commands', () => {
    expect(commandForEvent(ev('Enter', { ctrl: true }), false)?.command).toEqual({ kind: 'confirm' });
    expect(commandForEvent(ev('NumpadEnter', { ctrl: true }), false)?.command).toEqual({ kind: 'confirm' });
    expect(commandForEvent(ev('ArrowDown', { ctrl: true }), false)?.command).toEqual({ kind: 'next' });
    expect(commandForEvent(ev('ArrowUp', { ctrl: true }), false)?.command).toEqual({ kind: 'previous' });
    expect(commandForEvent(ev('KeyS', { ctrl: true, shift: true }), false)?.command).toEqual({ kind: 'copySource' });
    expect(commandForEvent(ev('Digit2', { ctrl: true, shift: true }), false)?.command).toEqual({
      kind: 'setStatus',
      status: 'translated',
    });
    expect(commandForEvent(ev('Digit3', { ctrl: true, shift: true }), false)?.command).toEqual({
      kind: 'setStatus',
      status: 'reviewed',
    });
    expect(commandForEvent(ev('F1'), false)?.command).toEqual({ kind: 'help' });
    expect(commandForEvent(ev('KeyS', { ctrl: true }), false)?.command).toEqual({ kind: 'save' });
  });

  it('plain Enter never reaches the editor as a line break: it is a navigation command', () => {
    expect(commandForEvent(ev('Enter'), false)?.command).toEqual({ kind: 'enter' });
    expect(commandForEvent(ev('Enter', { shift: true }), false)?.command).toEqual({ kind: 'enter' });
  });

  it('uses Cmd instead of Ctrl on macOS', () => {
    expect(commandForEvent(ev('Enter', { meta: true }), true)?.command).toEqual({ kind: 'confirm' });
  });

  it('leaves unrelated keys alone', () => {
    expect(commandForEvent(ev('KeyF', { ctrl: true }), false)).toBeUndefined();
  });

  it('Ctrl+Shift+G adds a term; Alt+1…9 insert the glossary terms 1…9', () => {
    expect(commandForEvent(ev('KeyG', { ctrl: true, shift: true }), false)?.command).toEqual({ kind: 'addTerm' });
    expect(commandForEvent(ev('KeyG', { meta: true, shift: true }), true)?.command).toEqual({ kind: 'addTerm' });
    for (let n = 1; n <= 9; n++)
      expect(commandForEvent(ev(`Digit${n}`, { alt: true }), false)?.command).toEqual({ kind: 'insertTerm', n });
    expect(commandForEvent(ev('Digit0', { alt: true }), false)).toBeUndefined();
    // The status shortcuts keep their digits.
    expect(commandForEvent(ev('Digit1', { ctrl: true, shift: true }), false)?.command).toEqual({
      kind: 'setStatus',
      status: 'draft',
    });
  });

  it('avoids chords a browser tab never hands to the page', () => {
    // Chromium keeps Ctrl+T, Ctrl+Shift+T, Ctrl+N, Ctrl+Shift+N, Ctrl+W, Ctrl+Shift+W for itself.
    const reserved = ['C+KeyT', 'CS+KeyT', 'C+KeyN', 'CS+KeyN', 'C+KeyW', 'CS+KeyW'];
    for (const b of BINDINGS) for (const c of b.chords) expect(reserved).not.toContain(chordId(c));
  });

  it('lists the nine insert shortcuts as one row of the reference, every other binding once', () => {
    const rows = shortcutRows();
    expect(new Set(rows.map((r) => r.label)).size).toBe(rows.length);
    const insert = rows.find((r) => r.label === 'shortcuts.insertTerm');
    expect(insert?.chords.map((c) => chordLabel(c, t as never, false))).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `Alt+${n}`),
    );
    expect(
      rows.find((r) => r.label === 'shortcuts.addTerm')?.chords.map((c) => chordLabel(c, t as never, false)),
    ).toEqual(['Ctrl+Shift+G']);
    expect(rows.flatMap((r) => r.chords)).toHaveLength(
      [...BINDINGS, ...MONACO_SHORTCUTS, ...APP_BINDINGS].reduce((n, b) => n + b.chords.length, 0),
    );
  });

  it('lists Monaco’s quick-fix, suggestion and problem keys, and the window keys', () => {
    const shown = shortcutRows().flatMap((r) => r.chords.map((c) => chordLabel(c, t as never, false)));
    for (const k of ['Ctrl+.', 'Ctrl+Space', 'F8', 'Shift+F8', 'Alt+N', 'Alt+O', 'Alt+E', 'Alt+B'])
      expect(shown).toContain(k);
  });

  it('maps Alt+N/O/E/B to the window commands, not on macOS (Option types letters there)', () => {
    const ev = (code: string) => ({ code, altKey: true, ctrlKey: false, metaKey: false, shiftKey: false });
    expect(appCommandForEvent(ev('KeyN'), false)).toBe('newProject');
    expect(appCommandForEvent(ev('KeyO'), false)).toBe('openProject');
    expect(appCommandForEvent(ev('KeyE'), false)).toBe('export');
    expect(appCommandForEvent(ev('KeyB'), false)).toBe('sidePanel');
    expect(appCommandForEvent(ev('KeyN'), true)).toBeUndefined();
    expect(appCommandForEvent({ ...ev('KeyN'), ctrlKey: true }, false)).toBeUndefined();
  });

  it('labels chords with translated key names', () => {
    expect(chordLabel({ ctrl: true, key: 'Enter' }, t as never, false)).toBe('Ctrl+Enter');
    expect(chordLabel({ ctrl: true, shift: true, key: 'Digit2' }, t as never, false)).toBe('Ctrl+Shift+2');
    expect(chordLabel({ ctrl: true, key: 'DownArrow' }, t as never, true)).toBe('⌘+Down');
  });
});
