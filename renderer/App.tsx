import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ApiInput,
  AppInfo,
  GlossaryFileView,
  OpenedProject,
  RecentProject,
  WorkbenchApi,
} from '../shared/api/workbenchApi.js';
import { menuCommandSchema, type MenuBridge, type MenuCommand } from '../shared/api/menuCommands.js';
import { ApiError } from './api/apiError.js';
import { errorText } from './api/errorText.js';
import { connectApi } from './api/client.js';
import { commandForEvent } from './editor/keymap.js';
import { changeLanguage, currentLanguage, initI18n, t, useT, type DisplayLanguage } from './i18n/i18n.js';
import { pickLanguage } from './i18n/pickLanguage.js';
import { projectName } from './i18n/projectName.js';
import { AboutDialog } from './dialogs/AboutDialog.js';
import { ExportDialog } from './dialogs/ExportDialog.js';
import { ImportOfferDialog, type ImportOffer } from './dialogs/ImportOfferDialog.js';
import { GlossariesDialog } from './dialogs/GlossariesDialog.js';
import { NewProjectDialog } from './dialogs/NewProjectDialog.js';
import { OpenProjectDialog } from './dialogs/OpenProjectDialog.js';
import { RecentDialog } from './dialogs/RecentDialog.js';
import { ShortcutsDialog } from './dialogs/ShortcutsDialog.js';
import { GlossaryFileView as GlossaryOnly } from './panels/GlossaryFileView.js';
import { Toolbar } from './panels/Toolbar.js';
import { Workbench, type Session } from './panels/Workbench.js';
import { installTestHooks } from './testHooks.js';
import { isMac } from './platform.js';

declare global {
  interface Window {
    /** The Electron menu's command channel (absent in browser mode). */
    dragomanMenu?: MenuBridge;
  }
}

type DialogKind = 'new' | 'open' | 'recent' | 'export' | 'shortcuts' | 'about' | 'glossaries' | 'import' | null;

/**
 * Whether a path names a glossary to open by itself (a double-clicked .tbx,
 * the Open dialog, `npm run web -- file.tbx`) rather than a project.
 */
export function isGlossaryPath(path: string): boolean {
  return /\.(tbx|tsv|tab|csv)$/i.test(path);
}

const FONT_MIN = 10;
const FONT_MAX = 28;
const FONT_DEFAULT = 14;

/** Boot: connect, pick the language, load the catalogues. */
async function boot(): Promise<{ api: WorkbenchApi; info: AppInfo }> {
  const api = await connectApi(window.location);
  const info = await api.appInfo({});
  await initI18n(pickLanguage(info, new URLSearchParams(window.location.search)));
  document.documentElement.lang = currentLanguage() === 'ro' ? 'ro' : 'en';
  return { api, info };
}

/** The whole workbench window. */
export function App() {
  const [api, setApi] = useState<WorkbenchApi | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const [opened, setOpened] = useState<OpenedProject | null>(null);
  /** A glossary opened by itself: shown instead of the project while set. */
  const [glossaryOnly, setGlossaryOnly] = useState<GlossaryFileView | null>(null);
  const [dialog, setDialog] = useState<DialogKind>(null);
  const [recent, setRecent] = useState<RecentProject[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [guard, setGuard] = useState(false);
  const [importOffer, setImportOffer] = useState<ImportOffer | null>(null);
  const [fontSize, setFontSize] = useState(FONT_DEFAULT);
  const session = useRef<Session | null>(null);
  /** A file the OS asked to open before the API was connected (macOS open-file at launch). */
  const earlyOpen = useRef<string | null>(null);
  const refocus = useRef(false);
  const { t: tr } = useT();

  const fail = useCallback((err: unknown) => setError(errorText(err, t)), []);

  const open = useCallback(
    async (load: () => Promise<OpenedProject>) => {
      try {
        await session.current?.saver.flush();
        const next = await load();
        setDialog(null);
        setError(null);
        setGlossaryOnly(null);
        setOpened(next);
      } catch (err) {
        // A document or XLIFF given to Open: offer to import it rather than call it a broken project.
        const file = err instanceof ApiError && err.code === 'importable' ? err.params?.['file'] : undefined;
        if (typeof file === 'string') {
          setImportOffer({ file, kind: String(err instanceof ApiError ? (err.params?.['kind'] ?? '') : '') });
          setDialog('import');
        } else fail(err);
      }
    },
    [fail],
  );

  /** Opens a project, or a glossary by itself when the path is a glossary's. */
  const openPath = useCallback(
    async (a: WorkbenchApi, path: string) => {
      if (!isGlossaryPath(path)) return open(() => a.openProject({ path }));
      try {
        await session.current?.saver.flush();
        const file = await a.openGlossary({ glossary: path });
        setDialog(null);
        setError(null);
        setGlossaryOnly(file);
      } catch (err) {
        fail(err);
      }
    },
    [open, fail],
  );

  useEffect(() => {
    boot().then(
      async ({ api: a, info: i }) => {
        setApi(a);
        setInfo(i);
        installTestHooks(() => session.current);
        const recents = await a.recentProjects({}).catch(() => [] as RecentProject[]);
        setRecent(recents);
        // The user may open a dialog or even a project while this loads: the
        // startup project neither closes the dialog nor replaces their choice.
        const arrive = (next: OpenedProject) => setOpened((cur) => cur ?? next);
        const asked = earlyOpen.current ?? i.startupProject;
        earlyOpen.current = null;
        if (asked && isGlossaryPath(asked)) {
          await openPath(a, asked);
          return;
        }
        const first = asked ?? recents[0]?.path;
        if (first) {
          try {
            arrive(await a.openProject({ path: first }));
            return;
          } catch (err) {
            fail(err);
          }
        }
        await a.openSample({}).then(arrive, fail);
      },
      async (err: unknown) => {
        await initI18n('en').catch(() => undefined);
        setFatal(err instanceof ApiError && err.code === 'no-token' ? t('app.noToken') : errorText(err, t));
      },
    );
  }, [fail, openPath]);

  const showRecent = useCallback(async () => {
    if (!api) return;
    setRecent(await api.recentProjects({}).catch(() => recent));
    setDialog('recent');
  }, [api, recent]);

  const openProjectCmd = useCallback(async () => {
    if (!api) return;
    if (info?.shell === 'electron') {
      const picked = await api.chooseFile({ purpose: 'openProject' }).catch((err: unknown) => (fail(err), null));
      if (picked) await openPath(api, picked.path);
    } else setDialog('open');
  }, [api, info, fail, openPath]);

  /** Leaves a glossary opened by itself: back to the project, or to the most recent one (or the sample). */
  const closeGlossaryOnly = useCallback(async () => {
    setGlossaryOnly(null);
    if (opened || !api) return;
    const recents = await api.recentProjects({}).catch(() => [] as RecentProject[]);
    const last = recents[0]?.path;
    await open(() => (last ? api.openProject({ path: last }) : api.openSample({})));
  }, [api, opened, open]);

  const setLanguage = useCallback(
    async (lang: DisplayLanguage) => {
      await changeLanguage(lang);
      if (api && lang !== 'pseudo') await api.setUiLanguage({ language: lang }).catch(fail);
    },
    [api, fail],
  );

  const menu = useCallback(
    (cmd: MenuCommand) => {
      const target = session.current?.editor.target;
      switch (cmd.command) {
        case 'newProject':
          return setDialog('new');
        case 'openProject':
          return void openProjectCmd();
        case 'openRecent':
          if (!api) earlyOpen.current = cmd.path;
          return api && void openPath(api, cmd.path);
        case 'shortcuts':
          return setDialog('shortcuts');
        case 'about':
          return setDialog('about');
        case 'undo':
        case 'redo':
        case 'selectAll':
          target?.focus();
          return target?.trigger('menu', cmd.command === 'selectAll' ? 'editor.action.selectAll' : cmd.command, null);
        case 'find':
        case 'replace':
          target?.focus();
          return target?.trigger(
            'menu',
            cmd.command === 'find' ? 'actions.find' : 'editor.action.startFindReplaceAction',
            null,
          );
        case 'setLanguage':
          return void setLanguage(cmd.language);
      }
    },
    [api, openPath, openProjectCmd, setLanguage],
  );

  useEffect(() => {
    const bridge = window.dragomanMenu;
    if (!bridge) return;
    return bridge.onCommand((raw) => {
      const parsed = menuCommandSchema.safeParse(raw);
      if (parsed.success) menu(parsed.data);
    });
  }, [menu]);

  // F1 / Ctrl+/ also work when the focus is outside the editors.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const b = commandForEvent(e, isMac);
      if (b?.command.kind === 'help') {
        e.preventDefault();
        setDialog('shortcuts');
      } else if (b?.command.kind === 'save') {
        e.preventDefault();
        void session.current?.saver.flush();
      }
    };
    const onUnload = () => void session.current?.saver.flush();
    window.addEventListener('keydown', onKey);
    window.addEventListener('pagehide', onUnload);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pagehide', onUnload);
    };
  }, []);

  // The draft can take the focus back only once the modal is gone: while a
  // modal <dialog> is open everything outside it is inert, and closing it
  // hands the focus to whatever the browser picks.
  useEffect(() => {
    if (dialog !== null || !refocus.current) return;
    refocus.current = false;
    session.current?.editor.focus();
  }, [dialog]);

  useEffect(() => {
    if (!guard) return;
    const h = window.setTimeout(() => setGuard(false), 4000);
    return () => window.clearTimeout(h);
  }, [guard]);

  if (fatal) {
    return (
      <div className="dg-fatal" role="alert" data-testid="fatal-error">
        {fatal}
      </div>
    );
  }
  if (!api || !info) {
    return (
      <div className="dg-loading" data-testid="loading">
        {t('app.loading')}
      </div>
    );
  }

  const closeDialog = () => {
    refocus.current = true;
    setDialog(null);
  };

  return (
    <div className="dg-app" data-testid="app" data-shell={info.shell}>
      <Toolbar
        projectName={opened ? projectName(opened.project, tr) : null}
        hasProject={opened !== null && glossaryOnly === null}
        onNew={() => setDialog('new')}
        onOpen={() => void openProjectCmd()}
        onRecent={() => void showRecent()}
        onExport={() => setDialog('export')}
        onGlossaries={() => setDialog('glossaries')}
        onConfirm={() => session.current?.editor.run({ kind: 'confirm' })}
        onCopySource={() => session.current?.editor.run({ kind: 'copySource' })}
        onFont={(d) => setFontSize((f) => Math.min(FONT_MAX, Math.max(FONT_MIN, f + d)))}
        onShortcuts={() => setDialog('shortcuts')}
      />
      {error && (
        <div className="dg-banner dg-error" role="alert" data-testid="error-banner">
          <span>{error}</span>
          <button type="button" onClick={() => setError(null)}>
            {tr('app.dismiss')}
          </button>
        </div>
      )}
      {guard && (
        <div className="dg-banner" role="status" data-testid="guard-message">
          {tr('statusBar.guard')}
        </div>
      )}
      {glossaryOnly ? (
        <GlossaryOnly
          api={api}
          file={glossaryOnly}
          onError={fail}
          onExport={() => setDialog('glossaries')}
          onClose={() => void closeGlossaryOnly()}
        />
      ) : opened ? (
        <Workbench
          key={`${opened.project.path}#${opened.project.revision}`}
          api={api}
          opened={opened}
          fontSize={fontSize}
          onHelp={() => setDialog('shortcuts')}
          onGuard={() => setGuard(true)}
          onError={fail}
          onLanguage={(l) => void setLanguage(l)}
          onGlossaries={() => setDialog('glossaries')}
          sessionRef={session}
        />
      ) : (
        <main className="dg-panes dg-empty" data-testid="no-project">
          {tr('app.loading')}
        </main>
      )}
      {dialog === 'shortcuts' && <ShortcutsDialog onClose={closeDialog} />}
      {dialog === 'about' && <AboutDialog version={info.version} onClose={closeDialog} />}
      {dialog === 'new' && (
        <NewProjectDialog
          api={api}
          native={info.shell === 'electron'}
          onClose={closeDialog}
          onCreate={async (input: ApiInput<'createProject'>) => {
            await session.current?.saver.flush();
            const next = await api.createProject(input);
            setDialog(null);
            setOpened(next);
          }}
        />
      )}
      {dialog === 'open' && <OpenProjectDialog onClose={closeDialog} onOpen={(path) => void openPath(api, path)} />}
      {dialog === 'import' && importOffer && (
        <ImportOfferDialog
          api={api}
          offer={importOffer}
          onClose={closeDialog}
          onImported={(next) => void open(async () => next)}
        />
      )}
      {dialog === 'export' && opened && (
        <ExportDialog
          api={api}
          projectPath={opened.project.path}
          flush={async () => {
            await session.current?.saver.flush();
          }}
          onClose={closeDialog}
        />
      )}
      {dialog === 'glossaries' && (glossaryOnly || opened) && (
        <GlossariesDialog
          api={api}
          native={info.shell === 'electron'}
          projectPath={glossaryOnly ? null : opened!.project.path}
          glossaries={
            glossaryOnly
              ? [glossaryOnly.path]
              : (session.current?.checks.snapshot().glossaryPaths ?? opened!.project.glossaries)
          }
          onChanged={() => void session.current?.checks.reloadGlossaries()}
          // The dialog gives the focus back to where it was itself.
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'recent' && (
        <RecentDialog
          recent={recent}
          onClose={closeDialog}
          onOpen={(path) => void open(() => api.openProject({ path }))}
          onSample={() => void open(() => api.openSample({}))}
        />
      )}
    </div>
  );
}
