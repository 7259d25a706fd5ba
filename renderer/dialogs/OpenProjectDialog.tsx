import { useState } from 'react';
import { useT } from '../i18n/i18n.js';
import { Modal } from './Modal.js';

/** Browser mode has no native file dialog: the user types the project file's path. */
export function OpenProjectDialog({ onOpen, onClose }: { onOpen(path: string): void; onClose(): void }) {
  const { t } = useT();
  const [path, setPath] = useState('');
  return (
    <Modal title={t('openProject.title')} testId="open-project-dialog" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (path.trim()) onOpen(path.trim());
        }}
      >
        <label className="dg-field">
          <span>{t('openProject.path')}</span>
          <input
            data-testid="op-path"
            value={path}
            onChange={(e) => setPath(e.target.value)}
            autoFocus
            spellCheck={false}
          />
        </label>
        <div className="dg-actions">
          <button type="button" onClick={onClose}>
            {t('openProject.cancel')}
          </button>
          <button type="submit" className="dg-primary" data-testid="op-open" disabled={!path.trim()}>
            {t('openProject.open')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
