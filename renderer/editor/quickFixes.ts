/**
 * The quick-fix menu of one finding, as plain data: the finding's own fixes
 * as edits of its line, then "Ignore this finding" and "Turn off <check> for
 * this project" as commands the host runs. Pure (no Monaco import);
 * codeActions.ts turns these into Monaco code actions.
 */
import type { IdentifiedFinding } from '../workers/protocol.js';
import { checkTitle, fixLabel } from '../i18n/checkMessages.js';
import { t } from '../i18n/i18n.js';

/** Command id of "Ignore this finding"; its one argument is the finding id. */
export const IGNORE_FINDING_COMMAND = 'dragoman.ignoreFinding';
/** Command id of "Turn off <check> for this project"; its one argument is the check id. */
export const DISABLE_CHECK_COMMAND = 'dragoman.disableCheck';

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

/** The menu title of a fix: its label and what it writes, or what it removes when it writes nothing visible. */
function titleOf(labelKey: string | undefined, replacement: string, replaced: string): string {
  const label = fixLabel(labelKey);
  const shown = replacement.trim() !== '' ? replacement : replaced.trim();
  return shown ? t('intelligence.fix.withReplacement', { label, replacement: shown }) : label;
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
  out.push(
    {
      title: t('intelligence.fix.ignore'),
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
