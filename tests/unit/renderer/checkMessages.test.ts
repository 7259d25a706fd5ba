import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharedEn from '../../../shared/i18n/en.json';
import sharedRo from '../../../shared/i18n/ro.json';
import { checks } from '../../../shared/checks/registry.js';
import { flattenCatalogue } from '../../../renderer/i18n/catalogue.js';
import { checkTitle, findingMessage, fixLabel } from '../../../renderer/i18n/checkMessages.js';
import { initI18n } from '../../../renderer/i18n/i18n.js';
import { csiLeftAsSource } from './findings.js';

const leftAsSource = csiLeftAsSource;

describe('check messages in the UI language', () => {
  beforeAll(() => initI18n('en'));
  afterAll(() => initI18n('en'));

  it('renders an English finding with its params', async () => {
    await initI18n('en');
    expect(findingMessage(leftAsSource)).toBe('“CSI” is left as in the source; the glossary term is “CIS”.');
    expect(fixLabel('fix.useTerm')).toBe('Use the glossary term');
    expect(checkTitle('term-missing')).toBe('Glossary term missing');
  });

  it('gives a Romanian UI the Romanian message', async () => {
    await initI18n('ro');
    const roMessage = flattenCatalogue(sharedRo).get('check.term-missing.leftAsSource')!;
    expect(findingMessage(leftAsSource)).toBe(roMessage.replace('{{found}}', 'CSI').replace('{{term}}', 'CIS'));
    expect(findingMessage(leftAsSource)).not.toBe('“CSI” is left as in the source; the glossary term is “CIS”.');
    expect(fixLabel('fix.useTerm')).toBe(flattenCatalogue(sharedRo).get('fix.useTerm'));
  });

  it('wraps check messages in the pseudo-language too', async () => {
    await initI18n('pseudo');
    expect(findingMessage(leftAsSource)).toMatch(/^⟦.*CSI.*CIS.*⟧$/);
  });

  it('names a fix without a label as a replacement, and an unknown check by its id', async () => {
    await initI18n('en');
    expect(fixLabel(undefined)).toBe('Replace');
    expect(checkTitle('some-future-check')).toBe('some-future-check');
  });
});

describe('check catalogues', () => {
  const en = flattenCatalogue(sharedEn);
  const ro = flattenCatalogue(sharedRo);

  it('have every message key a check declares, in English and Romanian', () => {
    const keys = checks.flatMap((c) => c.messageKeys);
    expect(keys.length).toBeGreaterThan(checks.length);
    for (const k of keys) {
      expect(en.has(k), `${k} in shared/i18n/en.json`).toBe(true);
      expect(ro.has(k), `${k} in shared/i18n/ro.json`).toBe(true);
    }
  });

  it('have a title for every check, which the "turn off" action names', () => {
    for (const c of checks) {
      expect(en.has(`check.${c.id}.title`), c.id).toBe(true);
      expect(ro.has(`check.${c.id}.title`), c.id).toBe(true);
    }
  });
});
