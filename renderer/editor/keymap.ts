import type { I18nKey } from '../i18n/keys.js';

/** Segment statuses, in the order their shortcuts are numbered. */
export const STATUSES = ['untranslated', 'draft', 'translated', 'reviewed'] as const;
export type SegmentStatus = (typeof STATUSES)[number];

/** Keys the workbench binds, named independently of Monaco so the mapping can be tested. */
export type KeyName =
  | 'Enter'
  | 'UpArrow'
  | 'DownArrow'
  | 'F1'
  | 'Slash'
  | 'KeyS'
  | 'KeyG'
  | 'KeyL'
  | 'KeyA'
  | 'KeyN'
  | 'KeyO'
  | 'KeyE'
  | 'KeyB'
  | 'KeyK'
  | 'Digit0'
  | 'Digit1'
  | 'Digit2'
  | 'Digit3'
  | 'Digit4'
  | 'Digit5'
  | 'Digit6'
  | 'Digit7'
  | 'Digit8'
  | 'Digit9';

/** A key chord. `ctrl` means Cmd on macOS (Monaco's CtrlCmd). */
export interface Chord {
  ctrl?: boolean;
  shift?: boolean;
  alt?: boolean;
  key: KeyName;
}

/** Commands the workbench adds to the draft editor. */
export type WorkbenchCommand =
  | { kind: 'confirm' }
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'enter' }
  | { kind: 'copySource' }
  /** Select the active segment's draft; when it already is, everything (a CAT tool's Ctrl+A). */
  | { kind: 'selectSegment' }
  | { kind: 'setStatus'; status: SegmentStatus }
  | { kind: 'help' }
  | { kind: 'save' }
  /** Open the add-term dialog for the source and draft selections. */
  | { kind: 'addTerm' }
  /** Insert the active segment's n-th glossary term (1–9, glossaryModel.insertCandidates). */
  | { kind: 'insertTerm'; n: number }
  /** Switch between the editor and the glossary view. */
  | { kind: 'glossaryView' }
  /** Insert the active segment's n-th memory match (1–3) as its draft. */
  | { kind: 'insertMatch'; n: number }
  /** Search the memories (concordance), for the selection if there is one. */
  | { kind: 'concordance' };

/** One binding: a command, its chords and the i18n key describing it. */
export interface Binding {
  id: string;
  command: WorkbenchCommand;
  chords: Chord[];
  label: I18nKey;
}

/**
 * The workbench's own shortcuts. Chosen to leave Monaco's editing keys alone
 * (Ctrl+F/H find/replace, Ctrl+Z/Y undo/redo, Ctrl+D and Alt+click
 * multi-cursor). Ctrl+Up/Down replace Monaco's scroll-by-line. F1 is free
 * because the command palette is not loaded.
 */
export const BINDINGS: readonly Binding[] = [
  {
    id: 'dragoman.confirm',
    command: { kind: 'confirm' },
    chords: [{ ctrl: true, key: 'Enter' }],
    label: 'shortcuts.confirm',
  },
  {
    id: 'dragoman.next',
    command: { kind: 'next' },
    chords: [{ ctrl: true, key: 'DownArrow' }],
    label: 'shortcuts.next',
  },
  {
    id: 'dragoman.previous',
    command: { kind: 'previous' },
    chords: [{ ctrl: true, key: 'UpArrow' }],
    label: 'shortcuts.previous',
  },
  {
    id: 'dragoman.enter',
    command: { kind: 'enter' },
    chords: [{ key: 'Enter' }, { shift: true, key: 'Enter' }],
    label: 'shortcuts.enter',
  },
  {
    id: 'dragoman.copySource',
    command: { kind: 'copySource' },
    chords: [{ ctrl: true, shift: true, key: 'KeyS' }],
    label: 'shortcuts.copySource',
  },
  {
    id: 'dragoman.selectSegment',
    command: { kind: 'selectSegment' },
    chords: [{ ctrl: true, key: 'KeyA' }],
    label: 'editing.selectSegment',
  },
  ...STATUSES.map((status, i): Binding => ({
    id: `dragoman.status.${status}`,
    command: { kind: 'setStatus', status },
    chords: [{ ctrl: true, shift: true, key: `Digit${i}` as KeyName }],
    label: `shortcuts.set${status[0]?.toUpperCase()}${status.slice(1)}` as I18nKey,
  })),
  {
    id: 'dragoman.help',
    command: { kind: 'help' },
    chords: [{ key: 'F1' }, { ctrl: true, key: 'Slash' }],
    label: 'shortcuts.help',
  },
  // Saving is automatic; Ctrl+S saves at once instead of opening the browser's "Save page".
  { id: 'dragoman.save', command: { kind: 'save' }, chords: [{ ctrl: true, key: 'KeyS' }], label: 'shortcuts.save' },
  // Ctrl+Shift+G ("glossary"): Ctrl+Shift+T cannot be taken from Chromium
  // (reopen closed tab) in browser mode, Ctrl+Alt+letter is AltGr on Windows
  // and types ț/ș/ă on Romanian layouts (and opens a terminal on Ubuntu).
  // Ctrl+Shift+G is "find previous" in browsers, which a page may override;
  // on macOS it hides Monaco's Cmd+Shift+G, and Shift+F3 still does that.
  {
    id: 'dragoman.addTerm',
    command: { kind: 'addTerm' },
    chords: [{ ctrl: true, shift: true, key: 'KeyG' }],
    label: 'shortcuts.addTerm',
  },
  // Ctrl+Shift+L ("lexicon"): free in Chromium and Electron; it hides Monaco's "select all
  // occurrences", which Ctrl+F2 still does.
  {
    id: 'dragoman.glossaryView',
    command: { kind: 'glossaryView' },
    chords: [{ ctrl: true, shift: true, key: 'KeyL' }],
    label: 'shortcuts.glossaryView',
  },
  // Alt+1…9 switch tabs in Chromium on Linux but, unlike Ctrl+T, a page may
  // take them. On macOS they replace the Option+digit characters (¡ ™ £ …)
  // in the draft.
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n): Binding => ({
    id: `dragoman.insertTerm.${n}`,
    command: { kind: 'insertTerm', n },
    chords: [{ alt: true, key: `Digit${n}` as KeyName }],
    label: 'shortcuts.insertTerm',
  })),
  // Ctrl+1…3 as in memoQ and Trados; Chromium lets a page take them (only Ctrl+N/T/W are reserved).
  ...[1, 2, 3].map((n): Binding => ({
    id: `dragoman.insertMatch.${n}`,
    command: { kind: 'insertMatch', n },
    chords: [{ ctrl: true, key: `Digit${n}` as KeyName }],
    label: 'memory.shortcuts.insertMatch',
  })),
  // Ctrl+K as in OmegaT and Trados; it hides Monaco's Ctrl+K chords (comment lines and the like: no use in prose).
  {
    id: 'dragoman.concordance',
    command: { kind: 'concordance' },
    chords: [{ ctrl: true, key: 'KeyK' }],
    label: 'memory.shortcuts.concordance',
  },
];

/** Commands of the whole window (toolbar and side panel), bound outside the editor. */
export type AppCommand = 'newProject' | 'openProject' | 'export' | 'sidePanel';

/** One window-wide binding: a command, its chords and the i18n key describing it. */
export interface AppBinding {
  id: string;
  command: AppCommand;
  chords: Chord[];
  label: I18nKey;
}

/**
 * Window-wide keys, for browser mode above all, where Ctrl+N, Ctrl+O and
 * Ctrl+T belong to the browser and cannot be taken. Alt+letter reaches the
 * page in Chromium and Firefox (a page may take Alt+E from Chromium's menu)
 * and types nothing on Windows and Linux; on macOS Option+letter types
 * accented letters, so there the Electron menu's Cmd keys are the way. Alt+B
 * ("bar") for the side panel: Monaco takes Alt+P (preserve case in find).
 */
export const APP_BINDINGS: readonly AppBinding[] = [
  { id: 'dragoman.new', command: 'newProject', chords: [{ alt: true, key: 'KeyN' }], label: 'editing.keys.newProject' },
  {
    id: 'dragoman.open',
    command: 'openProject',
    chords: [{ alt: true, key: 'KeyO' }],
    label: 'editing.keys.openProject',
  },
  { id: 'dragoman.export', command: 'export', chords: [{ alt: true, key: 'KeyE' }], label: 'editing.keys.export' },
  {
    id: 'dragoman.sidePanel',
    command: 'sidePanel',
    chords: [{ alt: true, key: 'KeyB' }],
    label: 'editing.keys.sidePanel',
  },
];

/** The window-wide command a key event means, or undefined. */
export function appCommandForEvent(e: KeyEventLike, isMac: boolean): AppCommand | undefined {
  if (isMac) return undefined;
  const key = KEY_FROM_CODE[e.code];
  if (!key) return undefined;
  const id = chordId({ ctrl: e.ctrlKey || e.metaKey, shift: e.shiftKey, alt: e.altKey, key });
  return APP_BINDINGS.find((b) => b.chords.some((c) => chordId(c) === id))?.command;
}

/** Monaco's own shortcuts we keep, listed in the reference (not bound by us). */
export const MONACO_SHORTCUTS: readonly { label: I18nKey; chords: Chord[] }[] = [
  { label: 'shortcuts.find', chords: [{ ctrl: true, key: 'KeyF' as KeyName }] },
  { label: 'shortcuts.replace', chords: [{ ctrl: true, key: 'KeyH' as KeyName }] },
  { label: 'shortcuts.undo', chords: [{ ctrl: true, key: 'KeyZ' as KeyName }] },
  { label: 'shortcuts.redo', chords: [{ ctrl: true, key: 'KeyY' as KeyName }] },
  { label: 'shortcuts.addCursor', chords: [{ ctrl: true, key: 'KeyD' as KeyName }] },
  { label: 'editing.keys.quickFix', chords: [{ ctrl: true, key: 'Period' as KeyName }] },
  { label: 'editing.keys.suggest', chords: [{ ctrl: true, key: 'Space' as KeyName }] },
  { label: 'editing.keys.nextProblem', chords: [{ key: 'F8' as KeyName }, { shift: true, key: 'F8' as KeyName }] },
];

/** One row of the shortcuts reference: bindings sharing a label (Alt+1 … Alt+9) are one row. */
export interface ShortcutRow {
  label: I18nKey;
  chords: Chord[];
}

/** The shortcuts reference: the workbench's bindings, Monaco's kept keys, then the window's, one row per label. */
export function shortcutRows(): ShortcutRow[] {
  const rows = new Map<I18nKey, ShortcutRow>();
  for (const b of [...BINDINGS, ...MONACO_SHORTCUTS, ...APP_BINDINGS]) {
    const row = rows.get(b.label);
    if (row) row.chords.push(...b.chords);
    else rows.set(b.label, { label: b.label, chords: [...b.chords] });
  }
  return [...rows.values()];
}

/** A canonical string for a chord, for comparing and for matching DOM events. */
export function chordId(c: Chord): string {
  return `${c.ctrl ? 'C' : ''}${c.shift ? 'S' : ''}${c.alt ? 'A' : ''}+${c.key}`;
}

const KEY_FROM_CODE: Record<string, KeyName> = {
  Enter: 'Enter',
  NumpadEnter: 'Enter',
  ArrowUp: 'UpArrow',
  ArrowDown: 'DownArrow',
  F1: 'F1',
  Slash: 'Slash',
  KeyS: 'KeyS',
  KeyG: 'KeyG',
  KeyL: 'KeyL',
  KeyA: 'KeyA',
  KeyN: 'KeyN',
  KeyO: 'KeyO',
  KeyE: 'KeyE',
  KeyB: 'KeyB',
  KeyK: 'KeyK',
  Digit0: 'Digit0',
  Digit1: 'Digit1',
  Digit2: 'Digit2',
  Digit3: 'Digit3',
  Digit4: 'Digit4',
  Digit5: 'Digit5',
  Digit6: 'Digit6',
  Digit7: 'Digit7',
  Digit8: 'Digit8',
  Digit9: 'Digit9',
};

/** The bit of a DOM KeyboardEvent this module looks at. */
export interface KeyEventLike {
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * The workbench command a key event means, or undefined. Used outside the
 * editor (focus on the toolbar, a dialog closed) so F1 works everywhere.
 */
export function commandForEvent(e: KeyEventLike, isMac: boolean): Binding | undefined {
  const key = KEY_FROM_CODE[e.code];
  if (!key) return undefined;
  const ctrl = isMac ? e.metaKey : e.ctrlKey;
  const id = chordId({ ctrl, shift: e.shiftKey, alt: e.altKey, key });
  return BINDINGS.find((b) => b.chords.some((c) => chordId(c) === id));
}

/** Display names of keys, with the modifier words coming from the catalogue. */
export function chordLabel(c: Chord, t: (key: I18nKey) => string, isMac: boolean): string {
  const parts: string[] = [];
  if (c.ctrl) parts.push(isMac ? '⌘' : t('shortcuts.modCtrl'));
  if (c.shift) parts.push(t('shortcuts.modShift'));
  if (c.alt) parts.push(isMac ? '⌥' : t('shortcuts.modAlt'));
  parts.push(keyLabel(c.key, t));
  return parts.join('+');
}

function keyLabel(key: string, t: (key: I18nKey) => string): string {
  switch (key) {
    case 'Enter':
      return t('shortcuts.keyEnter');
    case 'UpArrow':
      return t('shortcuts.keyUp');
    case 'DownArrow':
      return t('shortcuts.keyDown');
    case 'Slash':
      return '/';
    case 'Period':
      return '.';
    case 'Space':
      return t('editing.keys.space');
    default:
      return key.replace(/^(Key|Digit)/, '');
  }
}
