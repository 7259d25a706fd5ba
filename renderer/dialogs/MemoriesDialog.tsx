import { useEffect, useState } from 'react';
import type { MemoryView, WorkbenchApi } from '../../shared/api/workbenchApi.js';
import { errorText } from '../api/errorText.js';
import { useT } from '../i18n/i18n.js';
import { fileName } from '../panels/glossaryModel.js';
import { autoFillRepetitions, setAutoFillRepetitions } from '../preferences.js';
import { Modal } from './Modal.js';
import { PathField } from './PathField.js';

/** Props of {@link MemoriesDialog}. */
export interface MemoriesDialogProps {
  api: WorkbenchApi;
  projectPath: string;
  /** The project's pre-fill setting as opened. */
  prefillExact: boolean;
  onClose(): void;
}

/**
 * The project's translation memories (issue 13): the project memory and the
 * attached TMX files (units, writable or not, why one cannot be read),
 * attach by path (with completion, so browser mode works like the desktop),
 * detach, and the memory settings: pre-fill on open (a project setting) and
 * filling repetitions without asking (the user's own preference).
 */
export function MemoriesDialog({ api, projectPath, prefillExact, onClose }: MemoriesDialogProps) {
  const { t } = useT();
  const [memories, setMemories] = useState<readonly MemoryView[] | null>(null);
  const [path, setPath] = useState('');
  const [writable, setWritable] = useState(false);
  const [create, setCreate] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [prefill, setPrefill] = useState(prefillExact);
  const [autoFill, setAutoFill] = useState(autoFillRepetitions());

  useEffect(() => {
    let live = true;
    api.listMemories({ path: projectPath }).then(
      (res) => live && setMemories(res.memories),
      (err: unknown) => live && setFailure(errorText(err, t, false)),
    );
    return () => {
      live = false;
    };
  }, [api, projectPath, t]);

  const run = async (fn: () => Promise<{ memories: MemoryView[] }>) => {
    setBusy(true);
    setFailure(null);
    try {
      setMemories((await fn()).memories);
      return true;
    } catch (err) {
      setFailure(errorText(err, t, false));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={t('memory.dialog.title')} testId="memories-dialog" onClose={onClose}>
      <p className="dg-muted">{t('memory.dialog.intro')}</p>
      {memories && memories.length === 0 && <p className="dg-muted">{t('memory.dialog.none')}</p>}
      {memories && memories.length > 0 && (
        <ul className="dg-glossaries" data-testid="memories-list">
          {memories.map((m) => (
            <li key={m.path} data-testid="memory-item" data-path={m.path}>
              <span title={m.path} translate="no">
                {fileName(m.path)}
              </span>
              <span className="dg-muted">
                {' '}
                {t('memory.dialog.units', { count: m.units })} ·{' '}
                {m.writable ? t('memory.dialog.writable') : t('memory.dialog.readOnly')}
              </span>
              {m.error && (
                <span className="dg-error" role="alert">
                  {t('memory.dialog.problem', { path: fileName(m.path), message: m.error.message })}
                </span>
              )}
              {!m.project && (
                <button
                  type="button"
                  data-testid="memory-detach"
                  disabled={busy}
                  onClick={() => void run(() => api.detachMemory({ project: projectPath, memory: m.path }))}
                >
                  {t('memory.dialog.detach')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form
        className="dg-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!path.trim() || busy) return;
          void run(() => api.attachMemory({ project: projectPath, memory: path.trim(), writable, create })).then(
            (ok) => ok && setPath(''),
          );
        }}
      >
        <PathField
          api={api}
          value={path}
          onChange={setPath}
          kind="any"
          label={t('memory.dialog.attachPath')}
          testId="memory-path"
        />
        <label className="dg-check">
          <input type="checkbox" checked={writable} onChange={(e) => setWritable(e.target.checked)} />{' '}
          {t('memory.dialog.attachWritable')}
        </label>
        <label className="dg-check">
          <input type="checkbox" checked={create} onChange={(e) => setCreate(e.target.checked)} />{' '}
          {t('memory.dialog.create')}
        </label>
        <div className="dg-actions">
          <button type="submit" className="dg-primary" data-testid="memory-attach" disabled={busy || !path.trim()}>
            {t('memory.dialog.attach')}
          </button>
        </div>
      </form>
      <label className="dg-check">
        <input
          type="checkbox"
          data-testid="memory-prefill"
          checked={prefill}
          onChange={(e) => {
            const on = e.target.checked;
            setPrefill(on);
            api.updateProjectSettings({ path: projectPath, prefillExact: on }).catch((err: unknown) => {
              setPrefill(!on);
              setFailure(errorText(err, t, false));
            });
          }}
        />{' '}
        {t('memory.dialog.prefill')}
      </label>
      <label className="dg-check">
        <input
          type="checkbox"
          data-testid="memory-autofill"
          checked={autoFill}
          onChange={(e) => {
            setAutoFill(e.target.checked);
            setAutoFillRepetitions(e.target.checked);
          }}
        />{' '}
        {t('memory.dialog.autoRepetitions')}
      </label>
      {failure && (
        <p className="dg-error" role="alert" data-testid="memories-error">
          {failure}
        </p>
      )}
      <div className="dg-actions">
        <button type="button" data-testid="memories-close" onClick={onClose}>
          {t('memory.dialog.close')}
        </button>
      </div>
    </Modal>
  );
}
