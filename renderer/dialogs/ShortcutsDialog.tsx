import { useT } from '../i18n/i18n.js';
import { STATUSES, chordLabel, shortcutRows } from '../editor/keymap.js';
import { isMac } from '../platform.js';
import { Modal } from './Modal.js';

/** The keyboard shortcuts reference. */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useT();
  const rows = shortcutRows();
  return (
    <Modal title={t('shortcuts.title')} testId="shortcuts-dialog" onClose={onClose}>
      <table className="dg-shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.command')}</th>
            <th scope="col">{t('shortcuts.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((b) => (
            <tr key={b.label}>
              <td>{t(b.label)}</td>
              <td>
                {b.chords.map((c, i) => (
                  <kbd key={i}>{chordLabel(c, t, isMac)}</kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Legend />
      <div className="dg-actions">
        <button type="button" data-testid="shortcuts-close" onClick={onClose} autoFocus>
          {t('shortcuts.close')}
        </button>
      </div>
    </Modal>
  );
}

/** What the signs in the panes and the glossary panel mean: status glyphs, term underlines, squiggles, term chips. */
function Legend() {
  const { t } = useT();
  return (
    <section className="dg-legend" data-testid="legend" aria-labelledby="dg-legend-title">
      <h3 id="dg-legend-title">{t('editing.legend.title')}</h3>
      <ul>
        {STATUSES.map((s) => (
          <li key={s}>
            <span className={`dg-status dg-status-${s}`} aria-hidden="true" />
            {t(`status.${s}`)}
          </li>
        ))}
        <li>
          <span className="dg-legend-term">{t('editing.legend.termSample')}</span>
          {t('editing.legend.term')}
        </li>
        {(['error', 'warning', 'info'] as const).map((sev) => (
          <li key={sev}>
            <span className={`dg-legend-squiggle dg-legend-${sev}`}>{t('editing.legend.squiggleSample')}</span>
            {t(`editing.legend.${sev}`)}
          </li>
        ))}
        {(['preferred', 'admitted'] as const).map((st) => (
          <li key={st}>
            <span className={`dg-ginsert dg-gst-${st}`}>{t('editing.legend.chipSample')}</span>
            {t(`editing.legend.chip.${st}`)}
          </li>
        ))}
        {(['deprecated', 'forbidden'] as const).map((st) => (
          <li key={st}>
            <s className={`dg-gbad dg-gst-${st}`}>{t('editing.legend.chipSample')}</s>
            {t(`editing.legend.chip.${st}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
