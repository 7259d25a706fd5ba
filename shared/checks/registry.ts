import type { Check } from './check.js';
import { capitalization } from './capitalization.js';
import { dateMismatch } from './dateMismatch.js';
import { inconsistentTranslation } from './inconsistentTranslation.js';
import { negationMismatch } from './negationMismatch.js';
import { numberMismatch } from './numberMismatch.js';
import { placeholderMissing } from './placeholderMissing.js';
import { punctuation } from './punctuation.js';
import { quoteStyle } from './quoteStyle.js';
import { repeatedWord } from './repeatedWord.js';
import { sameAsSource } from './sameAsSource.js';
import { sourceSpelling } from './sourceSpelling.js';
import { spelling } from './spelling.js';
import { termForbidden } from './termForbidden.js';
import { termInconsistent } from './termInconsistent.js';
import { termMissing } from './termMissing.js';
import { untranslated } from './untranslated.js';
import { urlEmail } from './urlEmail.js';
import { whitespace } from './whitespace.js';

/** Every check, in catalogue order (docs/checks.md). Findings on one spot are listed in this order. */
export const checks: readonly Check[] = [
  untranslated,
  sameAsSource,
  termMissing,
  termForbidden,
  termInconsistent,
  sourceSpelling,
  numberMismatch,
  dateMismatch,
  negationMismatch,
  capitalization,
  quoteStyle,
  whitespace,
  punctuation,
  repeatedWord,
  spelling,
  urlEmail,
  placeholderMissing,
  inconsistentTranslation,
];

/** The stable check ids, in catalogue order. */
export const checkIds: readonly string[] = checks.map((c) => c.id);

/** The check with this id, if there is one. */
export function checkById(id: string): Check | undefined {
  return checks.find((c) => c.id === id);
}
