import type { RecentProject } from '../../shared/api/workbenchApi.js';
import { useT } from '../i18n/i18n.js';
import { projectName } from '../i18n/projectName.js';
import { Modal } from './Modal.js';

/** Recent projects, newest first, plus the bundled sample. */
export function RecentDialog({
  recent,
  onOpen,
  onSample,
  onClose,
}: {
  recent: readonly RecentProject[];
  onOpen(path: string): void;
  onSample(): void;
  onClose(): void;
}) {
  const { t, language } = useT();
  const fmt = (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(language === 'ro' ? 'ro-RO' : 'en-GB');
  };
  return (
    <Modal title={t('recent.title')} testId="recent-dialog" onClose={onClose}>
      {recent.length === 0 ? (
        <p>{t('recent.empty')}</p>
      ) : (
        <ul className="dg-recent">
          {recent.map((r) => (
            <li key={r.path}>
              <button type="button" data-testid="recent-item" onClick={() => onOpen(r.path)}>
                <span className="dg-recent-name" title={r.path} translate="no">
                  {projectName(r, t)}
                </span>
                <span className="dg-recent-meta">{t('recent.openedAt', { time: fmt(r.openedAt) })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dg-actions">
        <button type="button" data-testid="recent-sample" onClick={onSample}>
          {t('recent.sample')}
        </button>
        <button type="button" data-testid="recent-close" onClick={onClose} autoFocus>
          {t('recent.close')}
        </button>
      </div>
    </Modal>
  );
}
