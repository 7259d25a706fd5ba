import { useState } from 'react';
import type { IgnoredFinding } from '../../shared/api/workbenchApi.js';
import type { CheckSetting } from '../../shared/checks/config.js';
import { useT } from '../i18n/i18n.js';
import { askBeforeConfirmingErrors, setAskBeforeConfirmingErrors } from '../preferences.js';

/** Props of {@link FindingsSettings}. */
export interface FindingsSettingsProps {
  ignored: readonly IgnoredFinding[];
  checks: Readonly<Record<string, CheckSetting>>;
  /** A check's name in the UI language. */
  checkName(checkId: string): string;
  /** The 1-based number of a segment (0 when it is gone). */
  segmentNumber(segmentId: string): number;
  onUnignore(findingId: string): void;
  onEnableCheck(checkId: string): void;
  /** The spelling words added to the project and to the user's own dictionary (absent: section hidden). */
  projectWords?: readonly string[];
  userWords?: readonly string[];
  onRemoveProjectWord?(word: string): void;
  onRemoveUserWord?(word: string): void;
}

/** One dictionary's words, each with a "Remove" button. */
function WordList({
  kind,
  words,
  onRemove,
}: {
  kind: 'project' | 'user';
  words: readonly string[];
  onRemove(word: string): void;
}) {
  const { t } = useT();
  return (
    <>
      <h4 title={t(kind === 'project' ? 'dictionary.projectHint' : 'dictionary.userHint')}>
        {t(kind === 'project' ? 'dictionary.projectWords' : 'dictionary.userWords', { count: words.length })}
      </h4>
      {words.length === 0 ? (
        <p className="dg-muted">{t('dictionary.none')}</p>
      ) : (
        <ul data-testid={`settings-${kind}-words`}>
          {words.map((w) => (
            <li key={w} data-testid="settings-word" data-word={w}>
              <span>{w}</span>
              <button
                type="button"
                className="dg-link"
                data-testid="settings-remove-word"
                title={t('dictionary.removeTitle', { word: w })}
                onClick={() => onRemove(w)}
              >
                {t('dictionary.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * The check and segment a finding id names (shared/checks/findingId.ts:
 * `check:segment:range:hash`, the segment id taken from the middle so it may
 * hold colons itself).
 */
export function parseFindingId(id: string): { check: string; segmentId: string } {
  const parts = id.split(':');
  if (parts.length < 4) return { check: parts[0] ?? id, segmentId: '' };
  return { check: parts[0]!, segmentId: parts.slice(1, -2).join(':') };
}

/**
 * What the quick-fix menu changed, in view and undoable: the findings the
 * project ignores (each can be shown again), the checks turned off for it
 * (each can be turned back on), the words added to the project's and the
 * user's dictionary (each can be removed), and the user's question on
 * confirming a segment with errors.
 */
export function FindingsSettings({
  ignored,
  checks,
  checkName,
  segmentNumber,
  onUnignore,
  onEnableCheck,
  projectWords,
  userWords,
  onRemoveProjectWord,
  onRemoveUserWord,
}: FindingsSettingsProps) {
  const { t } = useT();
  const [ask, setAsk] = useState(() => askBeforeConfirmingErrors());
  const off = Object.entries(checks)
    .filter(([, s]) => s.enabled === false)
    .map(([id]) => id)
    .sort();
  return (
    <div className="dg-fsettings" data-testid="findings-settings">
      <label className="dg-check">
        <input
          type="checkbox"
          data-testid="settings-ask-confirm"
          checked={ask}
          onChange={(e) => {
            setAsk(e.target.checked);
            setAskBeforeConfirmingErrors(e.target.checked);
          }}
        />
        {t('editing.settings.askOnConfirm')}
      </label>
      <h4>{t('editing.settings.offChecks', { count: off.length })}</h4>
      {off.length === 0 ? (
        <p className="dg-muted">{t('editing.settings.noneOff')}</p>
      ) : (
        <ul>
          {off.map((id) => (
            <li key={id} data-testid="settings-off-check" data-check={id}>
              <span>{checkName(id)}</span>
              <button
                type="button"
                className="dg-link"
                data-testid="settings-enable-check"
                onClick={() => onEnableCheck(id)}
              >
                {t('editing.settings.turnOn')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h4>{t('editing.settings.ignored', { count: ignored.length })}</h4>
      {ignored.length === 0 ? (
        <p className="dg-muted">{t('editing.settings.noneIgnored')}</p>
      ) : (
        <ul>
          {ignored.map((f) => {
            const { check, segmentId } = parseFindingId(f.id);
            const n = segmentNumber(segmentId);
            return (
              <li key={f.id} data-testid="settings-ignored" data-finding={f.id}>
                <span
                  title={
                    f.by || f.at ? t('editing.settings.ignoredBy', { by: f.by || '–', at: f.at || '–' }) : undefined
                  }
                >
                  {n > 0 ? t('editing.settings.ignoredRow', { n, check: checkName(check) }) : checkName(check)}
                </span>
                <button
                  type="button"
                  className="dg-link"
                  data-testid="settings-unignore"
                  onClick={() => onUnignore(f.id)}
                >
                  {t('editing.settings.unignore')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {projectWords && onRemoveProjectWord && (
        <WordList kind="project" words={projectWords} onRemove={onRemoveProjectWord} />
      )}
      {userWords && onRemoveUserWord && <WordList kind="user" words={userWords} onRemove={onRemoveUserWord} />}
    </div>
  );
}
