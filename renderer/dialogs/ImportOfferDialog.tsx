import { useState } from 'react';
import type { OpenedProject, WorkbenchApi } from '../../shared/api/workbenchApi.js';
import { errorText } from '../api/errorText.js';
import type { I18nKey } from '../i18n/keys.js';
import { useT } from '../i18n/i18n.js';
import { Modal } from './Modal.js';

/** A file "Open project…" was given that is a document to import, as openProject's `importable` error says. */
export interface ImportOffer {
  file: string;
  /** txt, md, docx, html or xliff (shared/formats/documentImport.ts). */
  kind: string;
}

/**
 * Asked when "Open project…" was given an XLIFF, DOCX, HTML, text or
 * Markdown file: says what it is and offers to make a new project of it
 * (beside the file; nothing is overwritten) instead of calling it a broken
 * project.
 */
export function ImportOfferDialog({
  api,
  offer,
  onImported,
  onClose,
}: {
  api: WorkbenchApi;
  offer: ImportOffer;
  onImported(opened: OpenedProject): void;
  onClose(): void;
}) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const kind = (['txt', 'md', 'docx', 'html', 'xliff'] as const).find((k) => k === offer.kind) ?? 'txt';
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      onImported(await api.importDocument({ path: offer.file }));
    } catch (err) {
      setError(errorText(err, t));
      setBusy(false);
    }
  };
  return (
    <Modal title={t('importOffer.title')} testId="import-offer-dialog" onClose={onClose}>
      <p data-testid="io-question">
        {t('importOffer.question', { file: offer.file, kind: t(`importOffer.kinds.${kind}` as I18nKey) })}
      </p>
      {error && (
        <p className="dg-error" role="alert" data-testid="io-error">
          {error}
        </p>
      )}
      <div className="dg-actions">
        <button type="button" data-testid="io-cancel" onClick={onClose}>
          {t('openProject.cancel')}
        </button>
        <button
          type="button"
          className="dg-primary"
          data-testid="io-import"
          disabled={busy}
          onClick={() => void run()}
          autoFocus
        >
          {t('importOffer.import')}
        </button>
      </div>
    </Modal>
  );
}
