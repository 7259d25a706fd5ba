import { useState } from 'react';
import type { WorkbenchApi } from '../../shared/api/workbenchApi.js';
import { EXPORT_FORMATS, defaultExportPath, type ExportFormat } from '../../shared/formats/exportFormats.js';
import { ApiError } from '../api/apiError.js';
import { errorText } from '../api/errorText.js';
import { useT } from '../i18n/i18n.js';
import { Modal } from './Modal.js';

/** Props of {@link ExportDialog}. */
export interface ExportDialogProps {
  api: WorkbenchApi;
  projectPath: string;
  /** Sends the edits the renderer still holds, so the export has the latest drafts. */
  flush(): Promise<void>;
  onClose(): void;
}

/**
 * Exports the open project in one of the CLI's formats; the result or the
 * error stays in the dialog. An existing file is replaced only after the user
 * confirms it in the dialog (the service refuses without `overwrite`).
 */
export function ExportDialog({ api, projectPath, flush, onClose }: ExportDialogProps) {
  const { t, language } = useT();
  const [format, setFormat] = useState<ExportFormat>('docx');
  // Until the user edits the path it follows the format, so switching formats never leaves a wrong extension.
  const [typedPath, setTypedPath] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The existing file the user is asked about; set while the question is shown. */
  const [replace, setReplace] = useState<string | null>(null);
  const path = typedPath ?? defaultExportPath(projectPath, format);

  const run = async (overwrite: boolean) => {
    setBusy(true);
    setResult(null);
    setError(null);
    setReplace(null);
    try {
      await flush();
      const out = await api.exportProject({ path: projectPath, format, outPath: path.trim(), overwrite });
      const kb = new Intl.NumberFormat(language === 'ro' ? 'ro' : 'en', { maximumFractionDigits: 1 }).format(
        out.bytes / 1024,
      );
      setResult(t('export.done', { file: out.outPath, kb }));
    } catch (err) {
      if (!overwrite && err instanceof ApiError && err.code === 'exists') {
        setReplace(typeof err.params?.['file'] === 'string' ? err.params['file'] : path.trim());
      } else setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={t('export.title')} testId="export-dialog" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (path.trim() && !busy) void run(false);
        }}
      >
        <label className="dg-field">
          <span>{t('export.format')}</span>
          <select
            data-testid="ex-format"
            value={format}
            onChange={(e) => {
              setFormat(e.target.value as ExportFormat);
              setReplace(null);
            }}
            autoFocus
          >
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`export.formats.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="dg-field">
          <span>{t('export.path')}</span>
          <input
            data-testid="ex-path"
            value={path}
            onChange={(e) => {
              setTypedPath(e.target.value);
              setReplace(null);
            }}
            spellCheck={false}
            translate="no"
          />
        </label>
        {result && (
          <p role="status" data-testid="ex-result">
            {result}
          </p>
        )}
        {replace && (
          <div role="alertdialog" aria-labelledby="ex-replace-q" data-testid="ex-confirm">
            <p id="ex-replace-q">{t('export.replaceQuestion', { file: replace })}</p>
            <div className="dg-actions">
              <button type="button" data-testid="ex-keep" onClick={() => setReplace(null)}>
                {t('export.keep')}
              </button>
              <button type="button" className="dg-primary" data-testid="ex-replace" onClick={() => void run(true)}>
                {t('export.replace')}
              </button>
            </div>
          </div>
        )}
        {error && (
          <p className="dg-error" role="alert" data-testid="ex-error">
            {error}
          </p>
        )}
        <div className="dg-actions">
          <button type="button" data-testid="ex-close" onClick={onClose}>
            {t('export.close')}
          </button>
          <button
            type="submit"
            className="dg-primary"
            data-testid="ex-export"
            disabled={busy || !path.trim() || replace !== null}
          >
            {busy ? t('export.exporting') : t('export.export')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
