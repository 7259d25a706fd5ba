import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ApiInput, WorkbenchApi } from '../../shared/api/workbenchApi.js';
import { ApiError } from '../api/apiError.js';
import { errorText } from '../api/errorText.js';
import { useT } from '../i18n/i18n.js';
import { fileName } from '../panels/glossaryModel.js';
import { Modal } from './Modal.js';
import { PathField } from './PathField.js';

/** Formats a project's glossary can have (edited in place). */
const CREATE_FORMATS = ['tbx', 'tsv', 'csv'] as const;
/** Formats an export can write. */
const EXPORT_FORMATS = ['xlsx', 'csv', 'tsv', 'tbx'] as const;
type CreateFormat = (typeof CREATE_FORMATS)[number];
type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What the dialog is asking for below the list, if anything. */
type Form =
  | { kind: 'attach'; path: string }
  | { kind: 'create'; path: string; format: CreateFormat }
  | { kind: 'import'; glossary: string; path: string }
  | { kind: 'export'; glossary: string; path: string; format: ExportFormat }
  | { kind: 'detach'; glossary: string }
  | { kind: 'replace'; glossary: string; to: string };

/** `path` with its glossary extension replaced by (or, without one, followed by) `.ext`. */
export function withGlossaryExtension(path: string, ext: string): string {
  const m = /\.(tbx|tsv|txt|tab|csv|xlsx)$/i.exec(path);
  return `${m ? path.slice(0, m.index) : path}.${ext}`;
}

/** The folder of a path, with its trailing separator ("" for a bare name). */
export function folderOf(path: string): string {
  return path.slice(0, Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** Props of {@link GlossariesDialog}. */
export interface GlossariesDialogProps {
  api: WorkbenchApi;
  /** True in Electron: the system file dialogs choose the files; browser mode has path fields. */
  native: boolean;
  /**
   * The open project; null for a glossary opened by itself, which can then
   * only be imported into and exported (there is no list to attach to).
   */
  projectPath: string | null;
  /** The project's glossaries as absolute paths, as last known (the glossary itself without a project). */
  glossaries: readonly string[];
  /** The list changed or a glossary's content did: the live checks reload and re-check. */
  onChanged(glossaries: readonly string[]): void;
  onClose(): void;
}

/**
 * The Glossaries manager: the project's glossary files, with Attach…,
 * Create new…, and per file Import…, Export… and Detach (confirmed; the file
 * is never deleted). Every outcome is said in a status line; the focus
 * goes back where it was when a form or the dialog closes.
 */
export function GlossariesDialog({ api, native, projectPath, glossaries, onChanged, onClose }: GlossariesDialogProps) {
  const { t } = useT();
  const [list, setList] = useState<readonly string[]>(glossaries);
  const [form, setForm] = useState<Form | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Where the focus was when the current form opened, to return it there. */
  const formOpener = useRef<HTMLElement | null>(null);

  // The dialog gives the focus back to whatever had it before (a toolbar button, the glossary panel).
  // Read while rendering: by the time effects run, the modal has already taken the focus.
  const [opener] = useState(() => document.activeElement as HTMLElement | null);
  useEffect(() => {
    return () => {
      // After the <dialog> is closed: until then everything outside it is inert.
      window.setTimeout(() => {
        if (opener?.isConnected) opener.focus();
      }, 0);
    };
  }, [opener]);

  const projectFolder = folderOf(projectPath ?? glossaries[0] ?? '');

  const openForm = (next: Form) => {
    formOpener.current = document.activeElement as HTMLElement | null;
    setError(null);
    setForm(next);
  };
  const closeForm = () => {
    setForm(null);
    const back = formOpener.current;
    window.setTimeout(() => back?.isConnected && back.focus(), 0);
  };

  /** Runs one backend call with the busy flag, and reports its outcome. */
  const run = async (work: () => Promise<string | null>) => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      const said = await work();
      if (said !== null) setStatus(said);
    } catch (err) {
      setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  const changed = (next: readonly string[]) => {
    setList(next);
    onChanged(next);
  };

  const attach = (path: string, create: boolean) =>
    run(async () => {
      if (projectPath === null) return null;
      const input: ApiInput<'attachGlossary'> = { project: projectPath, glossary: path, ...(create ? { create } : {}) };
      const r = await api.attachGlossary(input);
      changed(r.project.glossaries);
      closeForm();
      return t(create ? 'glossaries.created' : 'glossaries.attached', { file: fileName(path) });
    });

  const detach = (path: string) =>
    run(async () => {
      if (projectPath === null) return null;
      const r = await api.detachGlossary({ project: projectPath, glossary: path });
      changed(r.project.glossaries);
      setForm(null);
      // The row and its buttons are gone: the focus goes to the list's first action that remains.
      window.setTimeout(() => document.querySelector<HTMLElement>('[data-testid="gl-attach"]')?.focus(), 0);
      return t('glossaries.detached', { file: fileName(path) });
    });

  const importInto = (glossary: string, from: string) =>
    run(async () => {
      const r = await api.importGlossary({
        from,
        into: glossary,
        ...(projectPath === null ? {} : { project: projectPath }),
      });
      changed(list.includes(r.glossary.path) ? list : [...list, r.glossary.path]);
      closeForm();
      return r.added === 0
        ? t('glossaries.importedNone', { file: fileName(glossary) })
        : t('glossaries.imported', { count: r.added, file: fileName(glossary) });
    });

  const exportTo = (glossary: string, to: string, force: boolean) =>
    run(async () => {
      try {
        const r = await api.exportGlossary({ glossary, to, ...(force ? { force } : {}) });
        closeForm();
        return t('glossaries.exported', { count: r.concepts, file: r.to });
      } catch (err) {
        if (err instanceof ApiError && err.code === 'file-exists' && !force) {
          setForm({ kind: 'replace', glossary, to });
          return null;
        }
        throw err;
      }
    });

  /** Electron: the system dialog picks the file, then the action runs at once. */
  const choose = async (purpose: ApiInput<'chooseFile'>['purpose'], then: (path: string) => Promise<void>) => {
    setError(null);
    try {
      const picked = await api.chooseFile({ purpose });
      if (picked) await then(picked.path);
    } catch (err) {
      setError(errorText(err, t));
    }
  };

  const onAttach = () =>
    native ? void choose('glossary', (p) => attach(p, false)) : openForm({ kind: 'attach', path: projectFolder });
  const onCreate = () =>
    native
      ? void choose('saveGlossary', (p) => attach(p, true))
      : openForm({ kind: 'create', path: projectFolder, format: 'tbx' });
  const onImport = (glossary: string) =>
    native
      ? void choose('importGlossary', (p) => importInto(glossary, p))
      : openForm({ kind: 'import', glossary, path: folderOf(glossary) });
  const onExport = (glossary: string) =>
    native
      ? void choose('saveGlossary', (p) => exportTo(glossary, p, false))
      : openForm({ kind: 'export', glossary, path: withGlossaryExtension(glossary, 'xlsx'), format: 'xlsx' });

  return (
    <Modal
      title={projectPath === null ? t('glossaryFile.label') : t('glossaries.title')}
      testId="glossaries-dialog"
      onClose={onClose}
    >
      {list.length === 0 ? (
        <p className="dg-muted" data-testid="gl-empty">
          {t('glossaries.empty')}
        </p>
      ) : (
        <ul className="dg-glist" aria-label={t('glossaries.listLabel')} data-testid="gl-list">
          {list.map((g) => (
            <li key={g} className="dg-gitem" data-testid="gl-item" data-path={g}>
              <span className="dg-gitem-name" translate="no" title={g}>
                <strong>{fileName(g)}</strong> <span className="dg-muted">{folderOf(g)}</span>
              </span>
              <span className="dg-row" role="group" aria-label={t('glossaries.actionsFor', { file: fileName(g) })}>
                <button type="button" data-testid="gl-import" disabled={busy} onClick={() => onImport(g)}>
                  {t('glossaries.import')}
                </button>
                <button type="button" data-testid="gl-export" disabled={busy} onClick={() => onExport(g)}>
                  {t('glossaries.export')}
                </button>
                {projectPath !== null && (
                  <button
                    type="button"
                    data-testid="gl-detach"
                    disabled={busy}
                    onClick={() => openForm({ kind: 'detach', glossary: g })}
                  >
                    {t('glossaries.detach')}
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {projectPath !== null && (
        <div className="dg-row">
          <button type="button" data-testid="gl-attach" disabled={busy} onClick={onAttach}>
            {t('glossaries.attach')}
          </button>
          <button type="button" data-testid="gl-create" disabled={busy} onClick={onCreate}>
            {t('glossaries.create')}
          </button>
        </div>
      )}

      {form && (
        <FormArea
          form={form}
          api={api}
          busy={busy}
          setForm={setForm}
          onCancel={closeForm}
          onAttach={attach}
          onDetach={detach}
          onImport={importInto}
          onExport={exportTo}
        />
      )}

      <div aria-live="polite">
        {status && (
          <p role="status" data-testid="gl-status">
            {status}
          </p>
        )}
      </div>
      {error && (
        <p className="dg-error" role="alert" data-testid="gl-error">
          {error}
        </p>
      )}
      <div className="dg-actions">
        <button type="button" data-testid="gl-close" onClick={onClose}>
          {t('glossaries.close')}
        </button>
      </div>
    </Modal>
  );
}

interface FormAreaProps {
  form: Form;
  api: WorkbenchApi;
  busy: boolean;
  setForm(form: Form): void;
  onCancel(): void;
  onAttach(path: string, create: boolean): Promise<void>;
  onDetach(path: string): Promise<void>;
  onImport(glossary: string, from: string): Promise<void>;
  onExport(glossary: string, to: string, force: boolean): Promise<void>;
}

/** The form or confirmation under the list: a path field (browser mode) or a yes/no question. */
function FormArea({ form, api, busy, setForm, onCancel, onAttach, onDetach, onImport, onExport }: FormAreaProps) {
  const { t } = useT();
  const cancel = (
    <button type="button" data-testid="gl-form-cancel" onClick={onCancel}>
      {t('glossaries.cancel')}
    </button>
  );

  if (form.kind === 'detach' || form.kind === 'replace') {
    const file = fileName(form.kind === 'detach' ? form.glossary : form.to);
    return (
      <div className="dg-confirm" role="alertdialog" aria-labelledby="gl-confirm-text" data-testid="gl-confirm">
        <p id="gl-confirm-text">
          {t(form.kind === 'detach' ? 'glossaries.confirmDetach' : 'glossaries.confirmReplace', { file })}
        </p>
        <div className="dg-actions">
          {cancel}
          <button
            type="button"
            className="dg-primary"
            data-testid="gl-confirm-yes"
            disabled={busy}
            autoFocus
            onClick={() =>
              void (form.kind === 'detach' ? onDetach(form.glossary) : onExport(form.glossary, form.to, true))
            }
          >
            {t(form.kind === 'detach' ? 'glossaries.confirmDetachYes' : 'glossaries.confirmReplaceYes')}
          </button>
        </div>
      </div>
    );
  }

  let title: string;
  let label: string;
  let submit: string;
  let extra: ReactNode = null;
  let kind: 'glossary' | 'any' = 'glossary';
  switch (form.kind) {
    case 'attach':
      title = t('glossaries.attachTitle');
      label = t('glossaries.pathLabel');
      submit = t('glossaries.submitAttach');
      break;
    case 'create':
      title = t('glossaries.createTitle');
      label = t('glossaries.pathLabel');
      submit = t('glossaries.submitCreate');
      extra = (
        <FormatSelect
          formats={CREATE_FORMATS}
          value={form.format}
          onChange={(format) => setForm({ ...form, format, path: withExtensionIfNamed(form.path, format) })}
        />
      );
      kind = 'any';
      break;
    case 'import':
      title = t('glossaries.importTitle', { file: fileName(form.glossary) });
      label = t('glossaries.importFrom');
      submit = t('glossaries.submitImport');
      break;
    case 'export':
      title = t('glossaries.exportTitle', { file: fileName(form.glossary) });
      label = t('glossaries.exportTo');
      submit = t('glossaries.submitExport');
      extra = (
        <FormatSelect
          formats={EXPORT_FORMATS}
          value={form.format}
          onChange={(format) => setForm({ ...form, format, path: withGlossaryExtension(form.path, format) })}
        />
      );
      kind = 'any';
      break;
  }
  const path = form.path.trim();
  // A folder alone names no file yet.
  const ready = path !== '' && !/[\\/]$/.test(path);
  const send = () => {
    if (!ready || busy) return;
    switch (form.kind) {
      case 'attach':
        return void onAttach(path, false);
      case 'create':
        return void onAttach(withGlossaryExtension(path, form.format), true);
      case 'import':
        return void onImport(form.glossary, path);
      case 'export':
        return void onExport(form.glossary, withGlossaryExtension(path, form.format), false);
    }
  };
  return (
    <form
      className="dg-form dg-glform"
      data-testid="gl-form"
      data-kind={form.kind}
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <h3 className="dg-side-heading">{title}</h3>
      {extra}
      <PathField
        api={api}
        value={form.path}
        onChange={(p) => setForm({ ...form, path: p })}
        kind={kind}
        label={label}
        testId="gl-path"
        autoFocus
      />
      <div className="dg-actions">
        {cancel}
        <button type="submit" className="dg-primary" data-testid="gl-submit" disabled={busy || !ready}>
          {busy ? t('glossaries.working') : submit}
        </button>
      </div>
    </form>
  );
}

/** A typed file name follows a format change; a bare folder is left for the user to name. */
function withExtensionIfNamed(path: string, ext: string): string {
  return /[\\/]$/.test(path) || path === '' ? path : withGlossaryExtension(path, ext);
}

function FormatSelect<F extends string>({
  formats,
  value,
  onChange,
}: {
  formats: readonly F[];
  value: F;
  onChange(f: F): void;
}) {
  const { t } = useT();
  return (
    <label className="dg-field">
      <span>{t('glossaries.format')}</span>
      <select data-testid="gl-format" value={value} onChange={(e) => onChange(e.target.value as F)}>
        {formats.map((f) => (
          <option key={f} value={f}>
            {t(`glossaries.formats.${f as 'tbx' | 'tsv' | 'csv' | 'xlsx'}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
