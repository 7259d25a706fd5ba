import { describe, expect, it } from 'vitest';
import { CheckConfigError, parseCheckConfig, parseCheckConfigText } from '../../../../shared/checks/config.js';

function error(fn: () => unknown): CheckConfigError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CheckConfigError) return e;
    throw e;
  }
  throw new Error('expected a CheckConfigError');
}

describe('parseCheckConfig', () => {
  it('accepts per-check enabled and severity', () => {
    const json = { version: 1, checks: { whitespace: { severity: 'error' }, 'same-as-source': { enabled: false } } };
    expect(parseCheckConfig(json, 'dragoman.json')).toEqual(json);
  });
  it('names the file and the offending key', () => {
    const e = error(() =>
      parseCheckConfig({ version: 1, checks: { whitespace: { severity: 'fatal' } } }, 'dragoman.json'),
    );
    expect(e.message).toMatch(
      /^dragoman\.json: checks\.whitespace\.severity: severity must be "error", "warning" or "info"\.$/,
    );
    expect(e.key).toBe('checks.whitespace.severity');
  });
  it('refuses an unknown check id and lists the real ones', () => {
    const e = error(() =>
      parseCheckConfig({ version: 1, checks: { 'term-mising': { enabled: false } } }, 'dragoman.json'),
    );
    expect(e.message).toContain('checks.term-mising: no check has the id "term-mising"');
    expect(e.message).toContain('term-missing');
  });
  it('refuses unknown keys and a wrong version', () => {
    expect(error(() => parseCheckConfig({ version: 1, checks: { whitespace: { enable: false } } }, 'c.json')).key).toBe(
      'checks.whitespace.enable',
    );
    expect(error(() => parseCheckConfig({ version: 2, checks: {} }, 'c.json')).message).toContain('version must be 1');
    expect(
      error(() => parseCheckConfig({ version: 1, checks: { whitespace: { enabled: 'no' } } }, 'c.json')).message,
    ).toContain('enabled must be true or false');
    expect(error(() => parseCheckConfig(['x'], 'c.json')).message).toMatch(/^c\.json: /);
  });
  it('says what is wrong with a missing checks object, a setting that is not an object, or an extra top-level key', () => {
    const missing = error(() => parseCheckConfig({ version: 1 }, 'c.json'));
    expect(missing.key).toBe('checks');
    expect(missing.message).toBe('c.json: checks: checks must be an object of check ids, not undefined.');
    const notObject = error(() => parseCheckConfig({ version: 1, checks: { whitespace: false } }, 'c.json'));
    expect(notObject.key).toBe('checks.whitespace');
    expect(notObject.message).toContain('expected an object like {"enabled":false}, not boolean');
    const extra = error(() => parseCheckConfig({ version: 1, checks: {}, check: {} }, 'c.json'));
    expect(extra.message).toBe('c.json: check: unknown key "check"; allowed here: version, checks.');
  });
  it('gives line and column when it has the text', () => {
    const text = '{\n  "version": 1,\n  "checks": {\n    "whitespace": { "severity": "loud" }\n  }\n}\n';
    const e = error(() => parseCheckConfigText(text, 'dragoman.json'));
    expect([e.line, e.column]).toEqual([4, 21]);
    expect(e.message.startsWith('dragoman.json:4:21: checks.whitespace.severity')).toBe(true);
    const broken = error(() => parseCheckConfigText('{\n  "version": 1,\n  "checks": {,}\n}', 'dragoman.json'));
    expect(broken.line).toBe(3);
    expect(broken.message).toContain('not valid JSON');
  });
});
