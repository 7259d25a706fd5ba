import { describe, it, expect } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, menuLanguage } from '../../../electron/menu.js';
import type { MenuCommand } from '../../../shared/api/menuCommands.js';
import en from '../../../renderer/i18n/en.json';

function build(
  language: 'en' | 'ro',
  recent: Array<{ path: string; name: string }> = [],
  platform: NodeJS.Platform = 'linux',
) {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({
    language,
    recent: recent.map((r) => ({ ...r, openedAt: '2026-11-27T07:00:00.000Z' })),
    platform,
    devTools: false,
    send: (c) => sent.push(c),
  });
  return { template, sent };
}

function sub(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return (item?.submenu ?? []) as MenuItemConstructorOptions[];
}

function labels(items: MenuItemConstructorOptions[]): string[] {
  const out: string[] = [];
  for (const i of items) {
    if (i.label) out.push(i.label);
    out.push(...labels(sub(i)));
  }
  return out;
}

describe('application menu', () => {
  it('takes every label from the UI catalogue of the chosen language', () => {
    const english = labels(build('en').template);
    expect(english).toContain(en.menu.openProject);
    expect(english).toContain(en.menu.find);
    const romanian = labels(build('ro').template);
    expect(romanian.slice(0, 4)).toEqual(['Fișier', 'Proiect nou', 'Deschide un proiect…', 'Proiecte recente']);
    expect(romanian).toContain('Limba interfeței');
    expect(romanian).not.toContain(en.menu.openProject);
  });

  it('lists recent projects and opens the one clicked', () => {
    const { template, sent } = build('en', [
      { path: '/p/a.dragoman', name: 'Alfa' },
      { path: '/p/b.dragoman', name: 'Beta' },
    ]);
    const recent = sub(sub(template[0]).find((i) => i.label === en.menu.recent));
    expect(recent.map((i) => i.label)).toEqual(['Alfa', 'Beta']);
    (recent[1]!.click as () => void)();
    expect(sent).toEqual([{ command: 'openRecent', path: '/p/b.dragoman' }]);
  });

  it('shows a disabled placeholder when there are no recent projects', () => {
    const recent = sub(sub(build('en').template[0]).find((i) => i.label === en.menu.recent));
    expect(recent).toEqual([{ label: en.menu.noRecent, enabled: false }]);
  });

  it('offers both interface languages, the current one checked, each by its own name', () => {
    const { template, sent } = build('ro');
    const langs = sub(sub(template[2]).find((i) => i.label === 'Limba interfeței'));
    expect(langs.map((i) => [i.label, i.checked])).toEqual([
      ['English', false],
      ['Română', true],
    ]);
    (langs[0]!.click as () => void)();
    expect(sent).toEqual([{ command: 'setLanguage', language: 'en' }]);
  });

  it('adds the app menu on macOS and hides developer tools unless asked', () => {
    expect(build('en', [], 'darwin').template[0]).toEqual({ role: 'appMenu' });
    expect(labels(build('en').template)).not.toContain(en.menu.toggleDevTools);
  });

  it('picks the menu language: the chosen one, else Romanian for a Romanian system', () => {
    expect(menuLanguage(null, 'ro-RO')).toBe('ro');
    expect(menuLanguage(null, 'en-US')).toBe('en');
    expect(menuLanguage('en', 'ro-MD')).toBe('en');
  });
});
