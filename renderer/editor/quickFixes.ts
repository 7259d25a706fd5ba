/**
 * The quick-fix menu of one finding, as plain data: the finding's own fixes
 * as edits of its line, for a spelling finding "Add “word” to the project
 * dictionary" and "… to my dictionary", then "Ignore this finding (<check>): <message>" and "Turn off <check> for
 * this project" as commands the host runs. Pure (no Monaco import);
 * codeActions.ts turns these into Monaco code actions.
 */
import type { IdentifiedFinding } from '../workers/protocol.js';
import { checkTitle, findingMessage, fixLabel } from '../i18n/checkMessages.js';
import { t } from '../i18n/i18n.js';

/** Command id of "Ignore this finding"; its one argument is the finding id. */
export const IGNORE_FINDING_COMMAND = 'dragoman.ignoreFinding';
/** Command id of "Turn off <check> for this project"; its one argument is the check id. */
export const DISABLE_CHECK_COMMAND = 'dragoman.disableCheck';

/** Command id of "Add “word” to the project dictionary"; its one argument is the word. */
export const ADD_PROJECT_WORD_COMMAND = 'dragoman.addProjectWord';
/** Command id of "Add “word” to my dictionary"; its one argument is the word. */
export const ADD_USER_WORD_COMMAND = 'dragoman.addUserWord';

/** Replace columns [startColumn, endColumn) of the finding's line with `text`. */
export interface ColumnEdit {
  startColumn: number;
  endColumn: number;
  text: string;
}

/** One entry of the quick-fix menu: either edits of the line or a command. */
export interface QuickFix {
  title: string;
  kind: 'quickfix';
  /** The fix Monaco applies for "auto fix" (the check's first suggestion). */
  isPreferred: boolean;
  edits?: ColumnEdit[];
  command?: { id: string; arguments: [string] };
}

/**
 * The menu title of a fix: its label and what it writes, or what it removes
 * when it writes nothing visible. A swap of punctuation (a quotation mark, a
 * dash) shows both sides, „ → “, since a lone quotation mark inside the
 * title's own quotation marks (“““”) cannot be read.
 */
function titleOf(labelKey: string | undefined, replacement: string, replaced: string): string {
  const label = fixLabel(labelKey);
  const from = replaced.trim();
  if (from !== '' && replacement.trim() !== '' && !/[\p{L}\p{N}]/u.test(from + replacement))
    return t('editing.fix.swap', { label, from, to: replacement.trim() });
  const shown = replacement.trim() !== '' ? replacement : from;
  return shown ? t('intelligence.fix.withReplacement', { label, replacement: shown }) : label;
}

/** Longest finding message (UTF-16 units) quoted in an "Ignore" title before it is cut with an ellipsis. */
const IGNORE_MESSAGE_MAX = 60;

/** "Ignore this finding" naming the check and the finding, so two overlapping findings' entries differ. */
function ignoreTitle(finding: IdentifiedFinding): string {
  const message = findingMessage(finding);
  const short =
    message.length > IGNORE_MESSAGE_MAX ? `${message.slice(0, IGNORE_MESSAGE_MAX - 1).trimEnd()}…` : message;
  return t('editing.fix.ignore', { check: checkTitle(finding.check), message: short });
}

/**
 * The quick fixes of a finding on a line whose current text is `lineText`.
 * A fix whose range no longer lies within the line (the text changed since
 * the check ran) is left out rather than applied to the wrong characters.
 */
export function quickFixesFor(finding: IdentifiedFinding, lineText: string): QuickFix[] {
  const out: QuickFix[] = [];
  for (const fix of finding.fixes ?? []) {
    const { start, end } = fix.range;
    if (start < 0 || end < start || end > lineText.length) continue;
    out.push({
      title: titleOf(fix.labelKey, fix.replacement, lineText.slice(start, end)),
      kind: 'quickfix',
      isPreferred: out.length === 0,
      edits: [{ startColumn: start + 1, endColumn: end + 1, text: fix.replacement }],
    });
  }
  // A word the dictionary lacks may be right (a name, a term): let the translator teach it, for this
  // project or for every project of theirs; the spelling check then accepts it everywhere.
  const word = finding.check === 'spelling' ? finding.params?.['word'] : undefined;
  if (typeof word === 'string' && word !== '') {
    out.push(
      {
        title: t('dictionary.fix.addProject', { word }),
        kind: 'quickfix',
        isPreferred: false,
        command: { id: ADD_PROJECT_WORD_COMMAND, arguments: [word] },
      },
      {
        title: t('dictionary.fix.addUser', { word }),
        kind: 'quickfix',
        isPreferred: false,
        command: { id: ADD_USER_WORD_COMMAND, arguments: [word] },
      },
    );
  }
  out.push(
    {
      title: ignoreTitle(finding),
      kind: 'quickfix',
      isPreferred: false,
      command: { id: IGNORE_FINDING_COMMAND, arguments: [finding.id] },
    },
    {
      title: t('intelligence.fix.disableCheck', { check: checkTitle(finding.check) }),
      kind: 'quickfix',
      isPreferred: false,
      command: { id: DISABLE_CHECK_COMMAND, arguments: [finding.check] },
    },
  );
  return out;
}

/** A line with the edits applied (edits of one line, not overlapping); what Monaco does with a quick fix. */
export function applyColumnEdits(lineText: string, edits: readonly ColumnEdit[]): string {
  let out = lineText;
  for (const e of [...edits].sort((a, b) => b.startColumn - a.startColumn))
    out = out.slice(0, e.startColumn - 1) + e.text + out.slice(e.endColumn - 1);
  return out;
}
