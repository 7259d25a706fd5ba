import { useState } from 'react';
import type { WorkbenchApi } from '../../shared/api/workbenchApi.js';
import { EXPORT_EXTENSIONS, EXPORT_FORMATS, type ExportFormat } from '../../shared/formats/exportFormats.js';
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

/** Where an export goes unless the user says otherwise: beside the project, same name, the format's extension. */
export function defaultExportPath(projectPath: string, format: ExportFormat): string {
  const slash = Math.max(projectPath.lastIndexOf('/'), projectPath.lastIndexOf('\\'));
  const dot = projectPath.lastIndexOf('.');
  const stem = dot > slash + 1 ? projectPath.slice(0, dot) : projectPath;
  return `${stem}.${EXPORT_EXTENSIONS[format]}`;
}

/** Exports the open project in one of the CLI's formats; the result or the error stays in the dialog. */
export function ExportDialog({ api, projectPath, flush, onClose }: ExportDialogProps) {
  const { t, language } = useT();
  const [format, setFormat] = useState<ExportFormat>('docx');
  // Until the user edits the path it follows the format, so switching formats never leaves a wrong extension.
  const [typedPath, setTypedPath] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const path = typedPath ?? defaultExportPath(projectPath, format);

  const run = async () => {
    setBusy(true);
    setResult(null);
    setError(null);
    try {
      await flush();
      const out = await api.exportProject({ path: projectPath, format, outPath: path.trim() });
      const kb = new Intl.NumberFormat(language === 'ro' ? 'ro' : 'en', { maximumFractionDigits: 1 }).format(
        out.bytes / 1024,
      );
      setResult(t('export.done', { file: out.outPath, kb }));
    } catch (err) {
      setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={t('export.title')} testId="export-dialog" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (path.trim() && !busy) void run();
        }}
      >
        <label className="dg-field">
          <span>{t('export.format')}</span>
          <select
            data-testid="ex-format"
            value={format}
            onChange={(e) => setFormat(e.target.value as ExportFormat)}
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
            onChange={(e) => setTypedPath(e.target.value)}
            spellCheck={false}
            translate="no"
          />
        </label>
        {result && (
          <p role="status" data-testid="ex-result">
            {result}
          </p>
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
          <button type="submit" className="dg-primary" data-testid="ex-export" disabled={busy || !path.trim()}>
            {busy ? t('export.exporting') : t('export.export')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
