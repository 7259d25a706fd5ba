import type { SaveState } from '../editor/autosave.js';
import type { SegmentStatus } from '../editor/keymap.js';
import type { Progress } from '../editor/progress.js';
import { useT, type DisplayLanguage } from '../i18n/i18n.js';

/** What the status bar shows, refreshed at most a few times a second. */
export interface StatusSnapshot {
  progress: Progress;
  active: number;
  activeStatus: SegmentStatus;
  save: SaveState;
}

/** Progress, the active segment, the save state and the UI language. */
export function StatusBar({
  snap,
  onRetry,
  onLanguage,
}: {
  snap: StatusSnapshot;
  onRetry(): void;
  onLanguage(lang: DisplayLanguage): void;
}) {
  const { t, language } = useT();
  const langs: DisplayLanguage[] = language === 'pseudo' ? ['en', 'ro', 'pseudo'] : ['en', 'ro'];
  const { progress: p, save } = snap;
  const time = (iso: string) =>
    new Date(iso).toLocaleTimeString(language === 'ro' ? 'ro-RO' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
  let saveText: string;
  switch (save.kind) {
    case 'clean':
      saveText = save.savedAt ? t('statusBar.saved', { time: time(save.savedAt) }) : t('statusBar.notSavedYet');
      break;
    case 'pending':
      saveText = t('statusBar.pending');
      break;
    case 'saving':
      saveText = t('statusBar.saving');
      break;
    case 'failed':
      saveText = t('statusBar.saveFailed', { message: save.message });
      break;
  }
  return (
    <footer className="dg-statusbar" data-testid="status-bar" aria-label={t('statusBar.label')}>
      <span data-testid="status-active" aria-live="polite">
        {t('statusBar.active', { n: snap.active, total: p.segmentsTotal, status: t(`status.${snap.activeStatus}`) })}
      </span>
      <span data-testid="status-segments">
        {t('statusBar.segments', { done: p.segmentsDone, total: p.segmentsTotal })}
      </span>
      <span data-testid="status-words">{t('statusBar.words', { done: p.wordsDone, total: p.wordsTotal })}</span>
      <span className="dg-spacer" />
      <span
        data-testid="status-save"
        data-state={save.kind}
        className={save.kind === 'failed' ? 'dg-error' : undefined}
        role="status"
      >
        {saveText}
        {save.kind === 'failed' && (
          <button type="button" className="dg-link" onClick={onRetry}>
            {t('statusBar.retry')}
          </button>
        )}
      </span>
      <label className="dg-lang" data-testid="status-language" title={t('toolbar.language')}>
        <span className="dg-visually-hidden">{t('toolbar.language')}</span>
        <select
          data-testid="language-select"
          value={language}
          onChange={(e) => onLanguage(e.target.value as DisplayLanguage)}
        >
          {langs.map((l) => (
            <option key={l} value={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </select>
      </label>
    </footer>
  );
}
