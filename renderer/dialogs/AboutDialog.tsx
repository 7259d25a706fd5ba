import { useT } from '../i18n/i18n.js';
import { Modal } from './Modal.js';

/** Help › About: the app's name, purpose and version. */
export function AboutDialog({ version, onClose }: { version: string; onClose(): void }) {
  const { t } = useT();
  return (
    <Modal title={t('menu.about')} testId="about-dialog" onClose={onClose}>
      <p>{t('menu.aboutDetail', { version })}</p>
      <div className="dg-actions">
        <button type="button" data-testid="about-close" onClick={onClose} autoFocus>
          {t('recent.close')}
        </button>
      </div>
    </Modal>
  );
}
