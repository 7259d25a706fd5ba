import { memo, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { OpenedProject, WorkbenchApi } from '../../shared/api/workbenchApi.js';
import { glossaryRoute } from '../api/client.js';
import { errorText } from '../api/errorText.js';
import { Autosaver, type SaveState } from '../editor/autosave.js';
import { BilingualEditor, type EditorSegment } from '../editor/BilingualEditor.js';
import { appCommandForEvent } from '../editor/keymap.js';
import { isMac } from '../platform.js';
import type { GuardReason } from '../editor/segmentGuard.js';
import { typingPauseWait } from '../editor/typingPause.js';
import { countWords } from '../editor/wordCount.js';
import { onLanguageChanged, t, useT, type DisplayLanguage } from '../i18n/i18n.js';
import { RecoveryDialog } from '../dialogs/RecoveryDialog.js';
import { AddTermDialog } from '../dialogs/AddTermDialog.js';
import { ConfirmErrorsDialog } from '../dialogs/ConfirmErrorsDialog.js';
import { askBeforeConfirmingErrors, setAskBeforeConfirmingErrors } from '../preferences.js';
import type { IdentifiedFinding } from '../workers/protocol.js';
import { LiveChecks, type AddTermRequest, type LiveChecksView } from '../editor/liveChecks.js';
import type { CheckPort } from '../workers/checkClient.js';
import { checkTitle, findingMessage } from '../i18n/checkMessages.js';
import { commandForEvent } from '../editor/keymap.js';
import CheckWorker from '../workers/check.worker.ts?worker';
import { FindingsPanel } from './FindingsPanel.js';
import { FindingsSettings } from './FindingsSettings.js';
import { GlossaryPanel } from './GlossaryPanel.js';
import { GlossaryView } from './GlossaryView.js';
import { SidePanel, type SideTab } from './SidePanel.js';
import { StatusBar, type StatusSnapshot } from './StatusBar.js';
import { NoteMarks, OriginMarks, RepetitionMarks, SegmentNotes } from '../editor/notes.js';
import { NO_FILTER, isFiltering, passes, type FilterChoice } from '../editor/segmentFilter.js';
import { FilterBar } from './FilterBar.js';
import { NotesPanel } from './NotesPanel.js';
import { MemorySession, type MemoryView } from '../editor/memorySession.js';
import { autoFillRepetitions, setAutoFillRepetitions } from '../preferences.js';
import { MatchesPanel } from './MatchesPanel.js';
import { MemoriesDialog } from '../dialogs/MemoriesDialog.js';
import { ConcordanceDialog } from '../dialogs/ConcordanceDialog.js';

/** The live editing session the App drives from the toolbar and menus. */
export interface Session {
  editor: BilingualEditor;
  saver: Autosaver;
  /** The live checks (worker, markers, glossary) of the open project. */
  checks: LiveChecks;
  /** The segment notes (side panel, source-pane marks, autosave). */
  notes: SegmentNotes;
  /** Translation memory matches, repetitions and draft origins. */
  memory: MemorySession;
  /** Re-draws the note and origin marks (after the filter changed which lines are shown). */
  refreshMarks(): void;
}

/** Props of {@link Workbench}. */
export interface WorkbenchProps {
  api: WorkbenchApi;
  opened: OpenedProject;
  fontSize: number;
  onHelp(): void;
  onGuard(reason: GuardReason): void;
  onError(err: unknown): void;
  onLanguage(lang: DisplayLanguage): void;
  /** Opens the Glossaries manager (the glossary panel's "Manage glossaries…"). */
  onGlossaries(): void;
  sessionRef: { current: Session | null };
}

/** How long Ctrl+Enter waits for the checks of a just-typed draft before deciding on the findings it has. */
const CONFIRM_WAIT_MS = 2000;
/** How often the status bar may re-render while the user types. */
const STATS_INTERVAL_MS = 150;

function snapshot(editor: BilingualEditor, save: SaveState): StatusSnapshot {
  return {
    progress: editor.progress.snapshot(),
    active: editor.active,
    activeStatus: editor.progress.status(editor.active - 1),
    save,
  };
}

/**
 * The two panes and the status bar for one opened project. The editor and the
 * autosaver live outside React; React only hears about them through a
 * throttled snapshot, so a keystroke costs no re-render.
 */
export function Workbench({
  api,
  opened,
  fontSize,
  onHelp,
  onGuard,
  onError,
  onLanguage,
  onGlossaries,
  sessionRef,
}: WorkbenchProps) {
  const { t: tr } = useT();
  const sourceHost = useRef<HTMLDivElement>(null);
  const targetHost = useRef<HTMLDivElement>(null);
  const [snap, setSnap] = useState<StatusSnapshot | null>(null);
  const [recovered, setRecovered] = useState(opened.recovered && opened.recovered.length > 0 ? opened.recovered : null);
  const [live, setLive] = useState<LiveChecks | null>(null);
  const [notes, setNotes] = useState<SegmentNotes | null>(null);
  const [memory, setMemory] = useState<MemorySession | null>(null);
  const [memDialog, setMemDialog] = useState<
    { kind: 'memories' } | { kind: 'concordance'; text: string; side: 'source' | 'target' | 'both' } | null
  >(null);
  const openConcordance = () => {
    const ed = sessionRef.current?.editor;
    const target = ed?.selection('target').text ?? '';
    const source = ed?.selection('source').text ?? '';
    // A selection in the draft searches the English side; one in the source (or none) the Romanian and both.
    if (target.trim()) setMemDialog({ kind: 'concordance', text: target.trim(), side: 'target' });
    else setMemDialog({ kind: 'concordance', text: source.trim(), side: source.trim() ? 'source' : 'both' });
  };
  const onConcordanceClick = useCallback(() => callbacks.current.onConcordance(), []);
  const onMemoriesClick = useCallback(() => setMemDialog({ kind: 'memories' }), []);
  const [filter, setFilter] = useState<FilterChoice>(NO_FILTER);
  const [filterShown, setFilterShown] = useState(0);
  // The filter is applied when the user changes it (not on every status change, so a confirmed segment stays in view).
  const applyFilter = async (choice: FilterChoice) => {
    setFilter(choice);
    const s = sessionRef.current;
    if (!s) return;
    // The match types need every segment looked up in the memories (once; later lookups only add to it).
    if (choice.match === 'exact' || choice.match === 'fuzzy' || choice.match === 'none') {
      try {
        await s.memory.knowAllMatches();
      } catch (err) {
        callbacks.current.onError(err);
      }
      if (sessionRef.current !== s) return;
    }
    const { editor } = s;
    if (!isFiltering(choice)) {
      editor.setShown(null);
      s.refreshMarks();
      setFilterShown(editor.lineCount);
      return;
    }
    const shown: boolean[] = [];
    for (let line = 1; line <= editor.lineCount; line++) {
      const id = editor.segmentIdAt(line) ?? '';
      const findings = s.checks.client.findingsOf(id);
      const worst = findings.some((f) => f.severity === 'error')
        ? 'error'
        : findings.some((f) => f.severity === 'warning')
          ? 'warning'
          : findings.length > 0
            ? 'info'
            : undefined;
      shown.push(
        passes(choice, {
          status: editor.progress.status(line - 1),
          worst,
          match: s.memory.matchKind(id),
          repetition: s.memory.groups.has(id),
        }),
      );
    }
    editor.setShown(shown);
    s.refreshMarks();
    setFilterShown(shown.reduce((n, v) => n + (v ? 1 : 0), 0));
  };
  const [tab, setTab] = useState<SideTab>('findings');
  const [sideCollapsed, setSideCollapsed] = useState(false);
  // Alt+B shows or hides the side panel, wherever the focus is.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || appCommandForEvent(e, isMac) !== 'sidePanel') return;
      e.preventDefault();
      setSideCollapsed((c) => !c);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const [addTerm, setAddTerm] = useState<AddTermRequest | null>(null);
  const [view, setView] = useState<'editor' | 'glossary'>('editor');
  const toggleView = useCallback(() => setView((v) => (v === 'editor' ? 'glossary' : 'editor')), []);
  const [confirmAsk, setConfirmAsk] = useState<{ line: number; errors: IdentifiedFinding[] } | null>(null);
  // Ctrl+Enter on a segment with open errors asks first (issue 10 item 5), about the text as it is
  // now: right after fast typing the findings on hand may belong to a half-typed draft.
  const beforeConfirm = (line: number): boolean | Promise<boolean> => {
    const s = sessionRef.current;
    const id = s?.editor.segmentIdAt(line);
    if (!s || !id || !askBeforeConfirmingErrors()) return true;
    const client = s.checks.client;
    const decide = (): boolean => {
      const errors = client.findingsOf(id).filter((f) => f.severity === 'error');
      if (errors.length === 0) return true;
      setConfirmAsk({ line, errors });
      return false;
    };
    return client.pending(id) ? client.settled(id, CONFIRM_WAIT_MS).then(decide) : decide();
  };
  const openAddTerm = async () => {
    const checks = sessionRef.current?.checks;
    if (!checks) return;
    try {
      setAddTerm(await checks.addTermRequest());
    } catch (err) {
      onError(err);
    }
  };
  const callbacks = useRef({
    onHelp,
    onGuard,
    onError,
    onAddTerm: openAddTerm,
    onGlossaryView: toggleView,
    onGlossaries,
    beforeConfirm,
    onConcordance: openConcordance,
  });
  callbacks.current = {
    onConcordance: openConcordance,
    onHelp,
    onGuard,
    onError,
    onAddTerm: openAddTerm,
    onGlossaryView: toggleView,
    onGlossaries,
    beforeConfirm,
  };
  // Stable, so the side panel (memo) does not re-render with the status bar while the user types.
  const onAddTermClick = useCallback(() => void callbacks.current.onAddTerm(), []);
  const onManageClick = useCallback(() => callbacks.current.onGlossaries(), []);

  useEffect(() => {
    const { project } = opened;
    const sHost = sourceHost.current;
    const tHost = targetHost.current;
    if (!sHost || !tHost) return;
    let save: SaveState = { kind: 'clean', savedAt: null };
    let timer: number | null = null;
    let lastPush = 0;
    let editor: BilingualEditor | null = null;
    let live: LiveChecks | null = null;
    let askedAt = 0;
    let marks: NoteMarks | null = null;
    let memory: MemorySession | null = null;
    let disposeOrigins = () => {};
    let refreshMarks = () => {};
    const push = () => {
      // While the user types, the status bar waits for a pause (editor/typingPause.ts).
      const wait = editor ? typingPauseWait(performance.now(), editor.lastEditAt, askedAt) : 0;
      if (wait > 0) {
        timer = window.setTimeout(push, wait);
        return;
      }
      if (editor) setSnap(snapshot(editor, save));
      lastPush = performance.now();
      timer = null;
    };
    const schedule = () => {
      if (timer !== null) return;
      askedAt = performance.now();
      timer = window.setTimeout(push, Math.max(0, STATS_INTERVAL_MS - (askedAt - lastPush)));
    };
    const saver = new Autosaver({
      revision: project.revision,
      save: (changes, baseRevision) => api.saveSegments({ path: project.path, baseRevision, changes }),
      timers: {
        setTimeout: (fn, ms) => window.setTimeout(fn, ms),
        clearTimeout: (h) => window.clearTimeout(h as number),
        now: () => performance.now(),
      },
      describeError: (err) => errorText(err, t, false),
      onState: (s) => {
        save = s;
        schedule();
      },
    });
    const notes = new SegmentNotes(project.segments, (c) => saver.change(c));
    const segments: EditorSegment[] = project.segments.map((s) => ({
      id: s.id,
      source: s.source,
      target: s.target,
      paragraph: s.paragraph,
      status: s.status,
    }));
    editor = new BilingualEditor({
      sourceHost: sHost,
      targetHost: tHost,
      segments,
      fontSize,
      sourceAriaLabel: t('pane.sourceAria'),
      targetAriaLabel: t('pane.targetAria'),
      callbacks: {
        onChange: (c) => {
          saver.change(c);
          if (c.target !== undefined) live?.edited(c.id, c.target);
          memory?.changed(c);
        },
        onActive: () => {
          live?.activeChanged();
          memory?.activeChanged();
        },
        onInsertMatch: (n) => memory?.insertMatch(n),
        onConcordance: () => callbacks.current.onConcordance(),
        onViewport: () => live?.viewportChanged(),
        onAddTerm: () => void callbacks.current.onAddTerm(),
        onInsertTerm: (n) => live?.insertTerm(n),
        onGlossaryView: () => callbacks.current.onGlossaryView(),
        onStats: schedule,
        beforeConfirm: (line) => callbacks.current.beforeConfirm(line),
        onGuard: (r) => callbacks.current.onGuard(r),
        onHelp: () => callbacks.current.onHelp(),
        onBlur: () => void saver.flush(),
        onSave: () => void saver.flush(),
      },
    });
    const ed = editor;
    live = new LiveChecks({
      api,
      project,
      editor: ed,
      route: glossaryRoute(window.location),
      // A Worker is a CheckPort; only its onmessage parameter type is wider than the port's.
      createPort: () => new CheckWorker() as unknown as CheckPort,
      onError: (err) => callbacks.current.onError(err),
    });
    const checks = live;
    marks = new NoteMarks(
      ed.source,
      notes,
      (id) => ed.lineOf(id),
      (line) => ed.isShown(line),
    );
    const mem = new MemorySession({
      api,
      project,
      editor: ed,
      save: (c) => saver.change(c),
      autoFillRepetitions: () => autoFillRepetitions(),
      onError: (err) => callbacks.current.onError(err),
    });
    memory = mem;
    const originMarks = new OriginMarks(
      ed.target,
      () => mem.originEntries(),
      (id) => ed.lineOf(id),
      (id) => {
        const o = mem.originOf(id);
        return o?.kind === 'tm'
          ? t('segments.notes.origin.tm', { score: o.score ?? 100 })
          : t('segments.notes.origin.repetition', { n: (o?.from ? ed.lineOf(o.from) : undefined) ?? '?' });
      },
      (line) => ed.isShown(line),
    );
    let originsSeen = mem.snapshot().originsRevision;
    const offOrigins = mem.subscribe(() => {
      const rev = mem.snapshot().originsRevision;
      if (rev === originsSeen) return;
      originsSeen = rev;
      originMarks.render();
    });
    const repetitionMarks = new RepetitionMarks(
      ed.source,
      function* () {
        for (const id of mem.groups.keys()) {
          const line = ed.lineOf(id);
          if (line !== undefined) yield line;
        }
      },
      (line) => ed.isShown(line),
    );
    refreshMarks = () => {
      marks?.render();
      originMarks.render();
      repetitionMarks.render();
    };
    disposeOrigins = () => {
      offOrigins();
      originMarks.dispose();
      repetitionMarks.dispose();
    };
    setLive(checks);
    setNotes(notes);
    setMemory(mem);
    sessionRef.current = { editor: ed, saver, checks, notes, memory: mem, refreshMarks: () => refreshMarks() };
    mem.activeChanged();
    if (project.settings?.prefillExact) void mem.prefill();
    push();
    ed.focus();
    // Source words are counted after the panes are up, a slice per task, so a
    // large project becomes editable first and the counts follow.
    const words = new Array<number>(segments.length).fill(0);
    let counted = 0;
    let wordTimer: number | null = null;
    const countSlice = () => {
      const end = Math.min(segments.length, counted + 400);
      for (; counted < end; counted++) words[counted] = countWords(segments[counted]?.source ?? '');
      if (counted < segments.length) wordTimer = window.setTimeout(countSlice, 0);
      else {
        wordTimer = null;
        ed.progress.setWords(words);
        schedule();
      }
    };
    wordTimer = window.setTimeout(countSlice, 0);
    const offLang = onLanguageChanged(() => {
      ed.relabel(t('pane.sourceAria'), t('pane.targetAria'));
      checks.relabel();
    });
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      offLang();
      document.removeEventListener('visibilitychange', onHidden);
      if (timer !== null) window.clearTimeout(timer);
      if (wordTimer !== null) window.clearTimeout(wordTimer);
      void saver.flush();
      saver.dispose();
      checks.dispose();
      marks?.dispose();
      disposeOrigins();
      memory?.dispose();
      setMemory(null);
      ed.dispose();
      sessionRef.current = null;
      setLive(null);
    };
    // fontSize is left out on purpose: the effect below applies it without recreating the editor (and its undo history).
  }, [api, opened, sessionRef]);

  useEffect(() => {
    sessionRef.current?.editor.setFontSize(fontSize);
  }, [fontSize, sessionRef]);

  // Ctrl+Shift+L outside the editor (the editor's own binding handles it inside and prevents the default).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      if (commandForEvent(e, isMac)?.command.kind === 'glossaryView') {
        e.preventDefault();
        toggleView();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggleView]);

  // Back in the editor, the draft has the focus again.
  const firstView = useRef(true);
  useEffect(() => {
    if (firstView.current) {
      firstView.current = false;
      return;
    }
    if (view === 'editor') sessionRef.current?.editor.focus();
  }, [view, sessionRef]);

  async function resolve(accept: boolean) {
    const changes = recovered;
    setRecovered(null);
    const session = sessionRef.current;
    try {
      const res = await api.resolveRecovery({ path: opened.project.path, accept });
      if (accept && changes && session) session.editor.applyExternal(changes);
      session?.saver.setRevision(res.revision);
    } catch (err) {
      if (session && changes && accept) {
        // The backend could not take them: keep them as ordinary pending edits.
        session.editor.applyExternal(changes);
        for (const c of changes) session.saver.change(c);
      }
      callbacks.current.onError(err);
    }
    session?.editor.focus();
  }

  return (
    <>
      {live && <GlossaryNotice live={live} />}
      <ViewTabs view={view} onView={setView} />
      <div className="dg-stage">
        <div className="dg-workarea" inert={view !== 'editor'}>
          <div className="dg-editcol">
            <FilterBar
              choice={filter}
              onChoice={(c) => void applyFilter(c)}
              shown={filterShown}
              total={opened.project.segments.length}
            />
            <main className="dg-panes">
              <section className="dg-pane" aria-label={tr('pane.source')}>
                <h2 className="dg-pane-title">{tr('pane.source')}</h2>
                <div className="dg-editor" ref={sourceHost} data-testid="source-pane" lang="ro" />
              </section>
              <section className="dg-pane" aria-label={tr('pane.target')}>
                <h2 className="dg-pane-title">{tr('pane.target')}</h2>
                <div className="dg-editor" ref={targetHost} data-testid="target-pane" lang="en" />
              </section>
            </main>
          </div>
          {live && (
            <LiveSide
              live={live}
              tab={tab}
              onTab={setTab}
              collapsed={sideCollapsed}
              onCollapsedChange={setSideCollapsed}
              onAddTerm={onAddTermClick}
              onManage={onManageClick}
              notes={notes}
              memory={memory}
              onConcordance={onConcordanceClick}
              onMemories={onMemoriesClick}
              activeId={snap ? sessionRef.current?.editor.segmentIdAt(snap.active) : undefined}
              activeLine={snap?.active ?? 1}
            />
          )}
        </div>
        {live && view === 'glossary' && (
          <LiveGlossaryView
            live={live}
            source={opened.project.sourceLang}
            target={opened.project.targetLang}
            onClose={() => setView('editor')}
          />
        )}
      </div>
      {snap && <StatusBar snap={snap} onRetry={() => void sessionRef.current?.saver.flush()} onLanguage={onLanguage} />}
      {addTerm && live && (
        <AddTermDialog
          suggestion={addTerm.suggestion}
          selection={addTerm.selection}
          glossaries={live.snapshot().glossaryPaths}
          onSave={async (concept, glossary) => {
            await live.saveTerm(concept, glossary);
            setAddTerm(null);
            setTab('glossary');
            sessionRef.current?.editor.focus();
          }}
          onCancel={() => {
            setAddTerm(null);
            sessionRef.current?.editor.focus();
          }}
        />
      )}
      {confirmAsk && (
        <ConfirmErrorsDialog
          segment={confirmAsk.line}
          errors={confirmAsk.errors}
          onConfirm={(dontAsk) => {
            if (dontAsk) setAskBeforeConfirmingErrors(false);
            setConfirmAsk(null);
            sessionRef.current?.editor.confirm(confirmAsk.line);
          }}
          onCancel={(dontAsk) => {
            if (dontAsk) setAskBeforeConfirmingErrors(false);
            setConfirmAsk(null);
          }}
        />
      )}
      {memory && <MemoryBanner memory={memory} />}
      {memDialog?.kind === 'memories' && (
        <MemoriesDialog
          api={api}
          projectPath={opened.project.path}
          prefillExact={opened.project.settings?.prefillExact ?? false}
          onClose={() => setMemDialog(null)}
        />
      )}
      {memDialog?.kind === 'concordance' && (
        <ConcordanceDialog
          api={api}
          projectPath={opened.project.path}
          initial={memDialog.text}
          initialSide={memDialog.side}
          onClose={() => setMemDialog(null)}
        />
      )}
      {recovered && (
        <RecoveryDialog
          count={recovered.length}
          onRestore={() => void resolve(true)}
          onDiscard={() => void resolve(false)}
        />
      )}
    </>
  );
}

/** React hook: the live checks' current view; re-renders when it changes (throttled by LiveChecks). */
function useLiveView(live: LiveChecks): LiveChecksView {
  return useSyncExternalStore(
    useCallback((cb: () => void) => live.subscribe(cb), [live]),
    () => live.snapshot(),
  );
}

/** The side panel fed from the live checks: findings and glossary, re-rendered from throttled snapshots. */
const LiveSide = memo(function LiveSide({
  live,
  tab,
  onTab,
  collapsed,
  onCollapsedChange,
  onAddTerm,
  onManage,
  notes,
  memory,
  onConcordance,
  onMemories,
  activeId,
  activeLine,
}: {
  notes: SegmentNotes | null;
  memory: MemorySession | null;
  onConcordance(): void;
  onMemories(): void;
  activeId: string | undefined;
  activeLine: number;
  live: LiveChecks;
  tab: SideTab;
  onTab(tab: SideTab): void;
  collapsed: boolean;
  onCollapsedChange(collapsed: boolean): void;
  onAddTerm(): void;
  onManage(): void;
}) {
  useT();
  const view = useLiveView(live);
  const segmentNumber = useCallback((id: string) => live.segmentNumber(id), [live]);
  const onJump = useCallback((f: Parameters<LiveChecks['jump']>[0]) => live.jump(f), [live]);
  const search = useCallback((text: string) => live.search(text), [live]);
  const onInsert = useCallback((text: string) => live.insert(text), [live]);
  const serious = view.findings.reduce((n, f) => n + (f.severity === 'info' ? 0 : 1), 0);
  return (
    <SidePanel
      tab={tab}
      onTab={onTab}
      collapsed={collapsed}
      onCollapsedChange={onCollapsedChange}
      findingsCount={serious}
      findings={
        <FindingsPanel
          findings={view.findings}
          segmentNumber={segmentNumber}
          message={findingMessage}
          checkName={checkTitle}
          ignoredCount={view.ignoredCount}
          onJump={onJump}
          settings={
            <FindingsSettings
              ignored={view.ignoredFindings}
              checks={view.checkSettings}
              checkName={checkTitle}
              segmentNumber={segmentNumber}
              onUnignore={(id) => void live.unignore(id)}
              onEnableCheck={(id) => void live.enableCheck(id)}
              projectWords={view.projectWords}
              userWords={view.userWords}
              onRemoveProjectWord={(w) => void live.removeProjectWords([w])}
              onRemoveUserWord={(w) => void live.changeUserWords([], [w])}
            />
          }
        />
      }
      notes={
        notes ? (
          <NotesPanel
            notes={notes}
            segmentId={activeId}
            segmentNumber={activeLine}
            details={memory && activeId ? <SegmentOrigin memory={memory} segmentId={activeId} /> : undefined}
          />
        ) : undefined
      }
      matches={memory ? <LiveMatches memory={memory} onConcordance={onConcordance} onManage={onMemories} /> : undefined}
      matchesBadge={memory ? <BestScore memory={memory} /> : undefined}
      glossary={
        <GlossaryPanel
          activeTerms={view.activeTerms}
          search={search}
          onInsert={onInsert}
          onAddTerm={onAddTerm}
          onManage={onManage}
          problems={view.glossary.problems}
          conceptCount={view.glossary.concepts}
          {...(view.notice ? { notice: view.notice } : {})}
        />
      }
    />
  );
});

/** The glossary view fed from the live checks: rows from the worker, edits through the live checks' queue. */
const LiveGlossaryView = memo(function LiveGlossaryView({
  live,
  source,
  target,
  onClose,
}: {
  live: LiveChecks;
  source: string;
  target: string;
  onClose(): void;
}) {
  const view = useLiveView(live);
  const rows = useCallback((q: Parameters<LiveChecks['glossaryRows']>[0]) => live.glossaryRows(q), [live]);
  const primary = (tag: string) => tag.split(/[-_]/)[0]!.toLowerCase();
  return (
    <GlossaryView
      rows={rows}
      revision={view.glossary.revision}
      edits={live.glossaryEdits}
      onClose={onClose}
      source={primary(source)}
      target={primary(target)}
    />
  );
});

/**
 * Translation | Glossary: which of the two fills the window (a WAI-ARIA
 * tablist; arrows move between the tabs). Ctrl+Shift+L switches too.
 */
function ViewTabs({ view, onView }: { view: 'editor' | 'glossary'; onView(view: 'editor' | 'glossary'): void }) {
  const { t: tr } = useT();
  const tabs = [
    { id: 'editor', label: tr('glossaryView.editor'), title: undefined },
    { id: 'glossary', label: tr('glossaryView.open'), title: tr('glossaryView.openTitle') },
  ] as const;
  return (
    <div
      className="dg-views"
      role="tablist"
      aria-label={tr('glossaryView.views')}
      onKeyDown={(e) => {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        e.preventDefault();
        const next = view === 'editor' ? 'glossary' : 'editor';
        onView(next);
        e.currentTarget.querySelector<HTMLElement>(`[data-view=${next}]`)?.focus();
      }}
    >
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          data-view={tab.id}
          data-testid={`view-tab-${tab.id}`}
          aria-selected={view === tab.id}
          tabIndex={view === tab.id ? 0 : -1}
          title={tab.title}
          className="dg-view-tab"
          onClick={() => onView(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

/** How long a glossary notice stays on screen. */
const NOTICE_MS = 8000;

/**
 * A glossary event (reloaded after a change on disk, entries written back, a
 * term added) shown over the panes for a few seconds, whichever side tab is
 * open; the glossary tab keeps the latest one.
 */
const GlossaryNotice = memo(function GlossaryNotice({ live }: { live: LiveChecks }) {
  const { t: tr } = useT();
  const view = useLiveView(live);
  const [hidden, setHidden] = useState(0);
  useEffect(() => {
    if (view.noticeSeq === 0) return;
    const timer = window.setTimeout(() => setHidden(view.noticeSeq), NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [view.noticeSeq]);
  if (!view.notice || view.noticeSeq === hidden) return null;
  return (
    <div className="dg-banner dg-notice" role="status" data-testid="glossary-banner">
      <span>{view.notice}</span>
      <button type="button" onClick={() => setHidden(view.noticeSeq)}>
        {tr('app.dismiss')}
      </button>
    </div>
  );
});

/** React hook: the memory session's current view. */
function useMemoryView(memory: MemorySession): MemoryView {
  return useSyncExternalStore(
    useCallback((cb: () => void) => memory.subscribe(cb), [memory]),
    () => memory.snapshot(),
  );
}

/** The matches panel fed from the memory session. */
const LiveMatches = memo(function LiveMatches({
  memory,
  onConcordance,
  onManage,
}: {
  memory: MemorySession;
  onConcordance(): void;
  onManage(): void;
}) {
  const view = useMemoryView(memory);
  const onInsert = useCallback((n: number) => void memory.insertMatch(n), [memory]);
  return <MatchesPanel state={view.matches} onInsert={onInsert} onConcordance={onConcordance} onManage={onManage} />;
});

/** The active segment's best match score, on the Memory tab. */
function BestScore({ memory }: { memory: MemorySession }) {
  const { t: tr } = useT();
  const { matches } = useMemoryView(memory);
  const best = matches.kind === 'done' ? matches.matches[0]?.score : undefined;
  if (best === undefined) return null;
  return (
    <span className="dg-badge dg-mbadge" data-testid="side-matches-badge" data-score={best}>
      {tr('memory.panel.score', { score: best })}
    </span>
  );
}

/** Where the active segment's draft came from, and its repetitions (under its note). */
function SegmentOrigin({ memory, segmentId }: { memory: MemorySession; segmentId: string }) {
  const { t: tr } = useT();
  useMemoryView(memory);
  const origin = memory.originOf(segmentId);
  const repetitions = memory.repetitionsOf(segmentId);
  return (
    <>
      {origin?.kind === 'tm' && (
        <p className="dg-origin" data-testid="segment-origin" data-kind="tm">
          {tr('segments.notes.origin.tm', { score: origin.score ?? 100 })}
        </p>
      )}
      {origin?.kind === 'repetition' && (
        <p className="dg-origin" data-testid="segment-origin" data-kind="repetition">
          {tr('segments.notes.origin.repetition', {
            n: (origin.from ? memory.lineOfSegment(origin.from) : undefined) ?? '?',
          })}
        </p>
      )}
      {repetitions.length > 0 && (
        <p className="dg-muted" data-testid="segment-repetitions">
          {tr('segments.notes.origin.repetitions', { list: repetitions.join(', ') })}
        </p>
      )}
    </>
  );
}

/** The repetition offer after a confirmation, and what the memory filled. */
const MemoryBanner = memo(function MemoryBanner({ memory }: { memory: MemorySession }) {
  const { t: tr } = useT();
  const view = useMemoryView(memory);
  const [hidden, setHidden] = useState<MemoryView['notice']>(null);
  useEffect(() => {
    if (!view.notice) return;
    const timer = window.setTimeout(() => setHidden(view.notice), NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [view.notice]);
  if (view.offer) {
    const offer = view.offer;
    return (
      <div className="dg-banner dg-notice" role="status" data-testid="repetition-offer">
        <span>{tr('segments.repetitions.offer', { n: offer.line, count: offer.fills.length })}</span>
        <button type="button" data-testid="repetition-fill" onClick={() => memory.fill(offer)}>
          {tr('segments.repetitions.fill')}
        </button>
        <button
          type="button"
          data-testid="repetition-always"
          onClick={() => {
            setAutoFillRepetitions(true);
            memory.fill(offer);
          }}
        >
          {tr('segments.repetitions.always')}
        </button>
        <button type="button" onClick={() => memory.dismissOffer()}>
          {tr('segments.repetitions.dismiss')}
        </button>
      </div>
    );
  }
  if (!view.notice || view.notice === hidden) return null;
  const n = view.notice;
  return (
    <div className="dg-banner dg-notice" role="status" data-testid="memory-notice">
      <span>
        {n.key === 'prefilled'
          ? tr('memory.prefilled', { count: n.count })
          : tr('segments.repetitions.filled', { count: n.count, n: n.line ?? 0 })}
      </span>
      <button type="button" onClick={() => setHidden(n)}>
        {tr('app.dismiss')}
      </button>
    </div>
  );
});
