/**
 * Monaco language ids of the two panes. The editor features (code actions,
 * completion, hover) register for one of them, so each reaches only its own
 * pane; BilingualEditor sets them on the models.
 */

/** The English draft (target) model's language. */
export const DRAFT_LANGUAGE = 'dragoman-en';

/** The Romanian source model's language. */
export const SOURCE_LANGUAGE = 'dragoman-ro';

/** The `source` of every marker Dragoman sets, to tell its markers from Monaco's own. */
export const MARKER_SOURCE = 'Dragoman';
