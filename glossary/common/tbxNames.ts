/** Namespaces and names of the TBX flavours we read and write. */

/** TBX v3 core namespace as published with ISO 30042:2019 (what TBX-Basic files use). */
export const TBX_NS_ED2 = 'urn:iso:std:iso:30042:ed-2';
/** The namespace some TBX v3 tools write instead. */
export const TBX_NS_ED3 = 'urn:iso:std:iso:30042:ed:3.0';
/** Data-category modules of the TBX-Basic dialect (DCT style). */
export const TBX_MIN_NS = 'http://www.tbxinfo.net/ns/min';
export const TBX_BASIC_NS = 'http://www.tbxinfo.net/ns/basic';
/**
 * Dragoman's own data categories, for what TBX-Basic has no value for:
 * `match` (case-sensitive / exact), `status` (forbidden) and `termType`
 * (properName). Documented in docs/glossary-formats.md.
 */
export const DRAGOMAN_TBX_NS = 'urn:dragoman:tbx-extension:1';

/** The DCA `type` values of our extension, for TBX 2008 and DCA-style v3 files. */
export const X_MATCH = 'x-dragoman-match';
export const X_STATUS = 'x-dragoman-status';
export const X_TERM_TYPE = 'x-dragoman-termType';
