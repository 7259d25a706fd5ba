import { describe, expect, it } from 'vitest';
import { urlEmail } from '../../../../shared/checks/urlEmail.js';
import { fixed, one } from './helpers.js';

describe('url-email', () => {
  it('catches a URL missing from the target', () => {
    const src = 'Detalii pe https://www.gov.ro/comunicat.';
    const found = one(urlEmail, src, 'Details on the government site.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      messageKey: 'check.url-email.missing',
      params: { expected: 'https://www.gov.ro/comunicat' },
    });
    expect(found[0]!.sourceRange).toEqual({ start: src.indexOf('https'), end: src.length - 1 });
  });
  it('catches an altered URL or address and offers the source text', () => {
    const t = 'Write to presa@guvern.ro or see https://www.gov.ro/en/comunicat.';
    const found = one(urlEmail, 'Scrieți la presa@gov.ro sau vedeți https://www.gov.ro/comunicat.', t);
    expect(found.map((f) => f.messageKey)).toEqual(['check.url-email.altered', 'check.url-email.altered']);
    expect(found.map((f) => fixed(t, f))).toContain('Write to presa@guvern.ro or see https://www.gov.ro/comunicat.');
    expect(found.map((f) => fixed(t, f))).toContain('Write to presa@gov.ro or see https://www.gov.ro/en/comunicat.');
  });
  it('leaves alone copied links, host case, a final slash and links the target adds', () => {
    expect(
      one(urlEmail, 'Vezi https://www.gov.ro/ și presa@gov.ro.', 'See HTTPS://WWW.GOV.RO and presa@gov.ro.'),
    ).toEqual([]);
    expect(one(urlEmail, 'Vezi site-ul.', 'See https://example.org.')).toEqual([]);
    expect(one(urlEmail, 'Vezi https://www.gov.ro.', '')).toEqual([]);
  });
});
