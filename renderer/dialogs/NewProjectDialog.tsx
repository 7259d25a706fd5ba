import { useRef, useState } from 'react';
import type { ApiInput, WorkbenchApi } from '../../shared/api/workbenchApi.js';
import { errorMessage } from '../api/apiError.js';
import { errorText } from '../api/errorText.js';
import { useT } from '../i18n/i18n.js';
import { Modal } from './Modal.js';

type Format = 'txt' | 'md';

function formatOf(fileName: string): Format {
  return /\.(md|markdown)$/i.test(fileName) ? 'md' : 'txt';
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Props of {@link NewProjectDialog}. */
export interface NewProjectDialogProps {
  api: WorkbenchApi;
  /** True in Electron: native file dialogs are available. */
  native: boolean;
  onCreate(input: ApiInput<'createProject'>): Promise<void>;
  onClose(): void;
}

/** New project from Romanian text: pasted or read from a .txt/.md file, with glossaries attached. */
export function NewProjectDialog({ api, native, onCreate, onClose }: NewProjectDialogProps) {
  const { t } = useT();
  const [name, setName] = useState(t('newProject.defaultName'));
  const [text, setText] = useState('');
  const [format, setFormat] = useState<Format>('txt');
  const [loaded, setLoaded] = useState<string | null>(null);
  const [glossaries, setGlossaries] = useState<string[]>([]);
  const [glossaryPath, setGlossaryPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  function takeFile(fileName: string, content: string) {
    setText(content);
    setFormat(formatOf(fileName));
    setLoaded(baseName(fileName));
    if (!name.trim() || name === t('newProject.defaultName')) setName(baseName(fileName).replace(/\.[^.]+$/, ''));
  }

  async function openFile() {
    setError(null);
    if (!native) {
      fileInput.current?.click();
      return;
    }
    try {
      const picked = await api.chooseFile({ purpose: 'sourceText' });
      if (!picked) return;
      const file = await api.readTextFile({ path: picked.path });
      takeFile(file.path, file.text);
    } catch (err) {
      setError(errorText(err, t));
    }
  }

  async function addGlossary() {
    if (!native) {
      const p = glossaryPath.trim();
      if (p && !glossaries.includes(p)) setGlossaries([...glossaries, p]);
      setGlossaryPath('');
      return;
    }
    const picked = await api.chooseFile({ purpose: 'glossary' });
    if (picked && !glossaries.includes(picked.path)) setGlossaries([...glossaries, picked.path]);
  }

  async function submit() {
    if (!name.trim()) return setError(t('newProject.nameRequired'));
    if (!text.trim()) return setError(t('newProject.textRequired'));
    setBusy(true);
    setError(null);
    try {
      await onCreate({ name: name.trim(), sourceText: text, sourceFormat: format, glossaryPaths: glossaries });
    } catch (err) {
      setError(errorText(err, t));
      setBusy(false);
    }
  }

  return (
    <Modal title={t('newProject.title')} testId="new-project-dialog" onClose={onClose}>
      <form
        className="dg-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className="dg-field">
          <span>{t('newProject.name')}</span>
          <input data-testid="np-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
        </label>
        <label className="dg-field">
          <span>{t('newProject.source')}</span>
          <textarea
            data-testid="np-source"
            value={text}
            rows={10}
            lang="ro"
            placeholder={t('newProject.sourcePlaceholder')}
            onChange={(e) => {
              setText(e.target.value);
              setLoaded(null);
            }}
            autoFocus
          />
        </label>
        <div className="dg-row">
          <button type="button" data-testid="np-open-file" onClick={() => void openFile()}>
            {t('newProject.openFile')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".txt,.md,.markdown,text/plain,text/markdown"
            data-testid="np-file"
            hidden
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (!f) return;
              f.text().then(
                (content) => takeFile(f.name, content),
                (err: unknown) => setError(t('newProject.readFailed', { file: f.name, message: errorMessage(err) })),
              );
              e.target.value = '';
            }}
          />
          {loaded && <span data-testid="np-loaded">{t('newProject.loadedFile', { file: loaded })}</span>}
        </div>
        <label className="dg-field">
          <span>{t('newProject.format')}</span>
          <select data-testid="np-format" value={format} onChange={(e) => setFormat(e.target.value as Format)}>
            <option value="txt">{t('newProject.formatTxt')}</option>
            <option value="md">{t('newProject.formatMd')}</option>
          </select>
        </label>
        <fieldset className="dg-field">
          <legend>{t('newProject.glossaries')}</legend>
          {glossaries.length === 0 ? (
            <p className="dg-muted">{t('newProject.noGlossaries')}</p>
          ) : (
            <ul className="dg-glossaries" data-testid="np-glossaries">
              {glossaries.map((g) => (
                <li key={g}>
                  <span title={g} translate="no">
                    {g}
                  </span>
                  <button
                    type="button"
                    aria-label={t('newProject.removeGlossary', { path: g })}
                    title={t('newProject.removeGlossary', { path: g })}
                    onClick={() => setGlossaries(glossaries.filter((x) => x !== g))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          {native ? (
            <button type="button" data-testid="np-add-glossary" onClick={() => void addGlossary()}>
              {t('newProject.addGlossary')}
            </button>
          ) : (
            <div className="dg-row">
              <input
                data-testid="np-glossary-path"
                aria-label={t('newProject.glossaryPath')}
                placeholder={t('newProject.glossaryPath')}
                value={glossaryPath}
                spellCheck={false}
                onChange={(e) => setGlossaryPath(e.target.value)}
              />
              <button
                type="button"
                data-testid="np-add-glossary"
                disabled={!glossaryPath.trim()}
                onClick={() => void addGlossary()}
              >
                {t('newProject.addPath')}
              </button>
            </div>
          )}
        </fieldset>
        {error && (
          <p className="dg-error" role="alert" data-testid="np-error">
            {error}
          </p>
        )}
        <div className="dg-actions">
          <button type="button" data-testid="np-cancel" onClick={onClose}>
            {t('newProject.cancel')}
          </button>
          <button type="submit" className="dg-primary" data-testid="np-create" disabled={busy}>
            {busy ? t('newProject.creating') : t('newProject.create')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
