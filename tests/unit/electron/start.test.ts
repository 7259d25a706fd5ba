import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';

describe('npm start', () => {
  it('says in one sentence that the Electron binary is missing, points to npm run web, and fails', () => {
    const r = spawnSync(process.execPath, ['scripts/start.mjs', '--no-build'], {
      env: { ...process.env, DRAGOMAN_ELECTRON_PATH: '/nonexistent/electron' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^The Electron binary is not installed/);
    expect(lines[0]).toContain('npm run web');
    expect(r.stdout).toBe('');
  });
});
