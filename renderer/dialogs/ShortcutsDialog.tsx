import { useT } from '../i18n/i18n.js';
import { chordLabel, shortcutRows } from '../editor/keymap.js';
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
      <div className="dg-actions">
        <button type="button" data-testid="shortcuts-close" onClick={onClose} autoFocus>
          {t('shortcuts.close')}
        </button>
      </div>
    </Modal>
  );
}
