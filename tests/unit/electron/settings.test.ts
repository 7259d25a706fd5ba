import { describe, it, expect } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_RECENT, Settings } from '../../../electron/services/settings.js';
import { tempDir } from './helpers.js';

describe('Settings', () => {
  it('keeps the most recent projects first, each once, at most MAX_RECENT, across launches', async () => {
    const dir = join(await tempDir(), 'profil nou');
    const s = new Settings(dir);
    for (let i = 1; i <= MAX_RECENT + 2; i++)
      await s.touchRecent({ path: `/p/${i}.dragoman`, name: `P${i}`, openedAt: `t${i}` });
    await s.touchRecent({ path: '/p/5.dragoman', name: 'P5', openedAt: 'later' });
    const recent = await new Settings(dir).recent();
    expect(recent).toHaveLength(MAX_RECENT);
    expect(recent.slice(0, 3).map((r) => r.name)).toEqual(['P5', `P${MAX_RECENT + 2}`, `P${MAX_RECENT + 1}`]);
    expect(recent.filter((r) => r.name === 'P5')).toHaveLength(1);
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toMatchObject({
      format: 'dragoman-settings',
      version: 1,
    });
  });

  it('has no UI language until one is chosen', async () => {
    const dir = await tempDir();
    expect(await new Settings(dir).uiLanguage()).toBeNull();
    await new Settings(dir).setUiLanguage('ro');
    expect(await new Settings(dir).uiLanguage()).toBe('ro');
  });
});
