import { useT } from '../i18n/i18n.js';
import { Modal } from './Modal.js';

/** Offers back the edits the backend found in its recovery journal after a crash. */
export function RecoveryDialog({
  count,
  onRestore,
  onDiscard,
}: {
  count: number;
  onRestore(): void;
  onDiscard(): void;
}) {
  const { t } = useT();
  return (
    <Modal title={t('recovery.title')} testId="recovery-dialog" onClose={onDiscard} required>
      <p>{t('recovery.body', { count })}</p>
      <p>{t('recovery.question')}</p>
      <div className="dg-actions">
        <button type="button" data-testid="recovery-discard" onClick={onDiscard}>
          {t('recovery.discard')}
        </button>
        <button type="button" className="dg-primary" data-testid="recovery-restore" onClick={onRestore} autoFocus>
          {t('recovery.restore')}
        </button>
      </div>
    </Modal>
  );
}
