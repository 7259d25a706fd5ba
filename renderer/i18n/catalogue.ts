/** A nested message catalogue as stored in en.json / ro.json. */
export interface Catalogue {
  [key: string]: string | Catalogue;
}

/** Flattens a nested catalogue to dotted keys → message. */
export function flattenCatalogue(cat: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(cat)) {
    const key = prefix + k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flattenCatalogue(v, key + '.')) out.set(kk, vv);
  }
  return out;
}

/**
 * The pseudo-language: every message wrapped in ⟦…⟧ with its interpolations
 * untouched. A test that switches to it can flag any visible text outside the
 * brackets as a literal string that bypassed i18next.
 */
export function pseudoCatalogue(cat: Catalogue): Catalogue {
  const out: Catalogue = {};
  for (const [k, v] of Object.entries(cat)) out[k] = typeof v === 'string' ? `⟦${v}⟧` : pseudoCatalogue(v);
  return out;
}
