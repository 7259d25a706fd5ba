import {
  memo,
  useLayoutEffect,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
} from 'react';
import type { Concept, Term, TermStatus } from '../../shared/model/glossary.js';
import { useT } from '../i18n/i18n.js';
import type { I18nKey, Translate } from '../i18n/keys.js';
import type { GlossaryRow, GlossaryRows, GlossaryRowsQuery, GlossarySort } from '../workers/protocol.js';
import { fileName } from './glossaryModel.js';
import { RowLayout } from './rowWindow.js';
import { rowId, type GlossaryEdits, type PendingEdit } from './glossaryEdits.js';
import {
  conceptFromDraft,
  draftOf,
  draftProblem,
  rowView,
  shortDate,
  TERM_STATUSES,
  type ConceptDraft,
  type DraftTerm,
} from './glossaryViewModel.js';

/** Props of {@link GlossaryView}. */
export interface GlossaryViewProps {
  /** Asks the check worker for a slice of rows (LiveChecks.glossaryRows). */
  rows(query: GlossaryRowsQuery): Promise<GlossaryRows>;
  /** The worker's glossary revision: when it grows, the rows on screen are fetched again. */
  revision: number;
  edits: GlossaryEdits;
  /**
   * Back to the editor. Absent where there is no editor to go back to (a
   * glossary opened by itself has its own Close in its header): no button then.
   */
  onClose?(): void;
  /** Language keys of the terms (primary subtags). */
  source: string;
  target: string;
}

/** Rows rendered beyond the screen's edges, each way. */
const OVERSCAN = 12;
/** Rows are fetched in blocks this size. */
const BLOCK = 100;
/** A row's height when it is not being edited (px); edited and conflicting rows grow. */
const ROW_HEIGHT = 34;

type Direction = { sort: GlossarySort; descending: boolean };

interface Loaded {
  /** filter + order the blocks belong to. */
  query: string;
  /** The filter as typed that the rows answer. */
  filter: string;
  revision: number;
  total: number;
  blocks: Map<number, GlossaryRow[]>;
}

const queryKey = (filter: string, d: Direction) => `${d.sort}\u0000${d.descending}\u0000${filter}`;

/**
 * The whole glossary as a table (issue 9, §4): every concept of the
 * project's glossaries, filtered and sorted in the check worker, of which
 * only the rows on screen are fetched and rendered (rowWindow.ts),
 * so it stays smooth at 100,000 concepts. A row is edited in place; its
 * change goes through the {@link GlossaryEdits} queue and the row shows where
 * it is (saving, waiting for the lock, a conflict to resolve) until the
 * reloaded file shows the result.
 */
export function GlossaryView({ rows, revision, edits, onClose, source, target }: GlossaryViewProps) {
  const { t } = useT();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const [order, setOrder] = useState<Direction>({ sort: 'file', descending: false });
  const [loaded, setLoaded] = useState<Loaded>({ query: '', filter: '', revision: -1, total: 0, blocks: new Map() });
  const [active, setActive] = useState(0);
  const [editing, setEditing] = useState<{ id: string; file: string; key: string; base: Concept } | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const snapshot = useSyncExternalStore(
    useCallback((cb: () => void) => edits.subscribe(cb), [edits]),
    () => edits.snapshot(),
  );
  const pendingByRow = useMemo(() => {
    const m = new Map<string, PendingEdit>();
    for (const p of snapshot.pending) if (p.key !== null) m.set(rowId(p.file, p.key), p);
    return m;
  }, [snapshot.pending]);
  const adding = snapshot.pending.filter((p) => p.key === null);
  const conflicts = snapshot.pending.filter((p) => p.phase === 'conflict');

  const current = queryKey(filter, order);
  /** The newest request per block, so an older answer never replaces a newer one. */
  const ticket = useRef(0);
  const inFlight = useRef(new Set<string>());

  const fetchBlock = useCallback(
    (block: number, q: string, f: string, d: Direction, fresh: boolean) => {
      const tag = `${q}\u0000${block}\u0000${revision}`;
      if (inFlight.current.has(tag)) return;
      inFlight.current.add(tag);
      const mine = fresh ? ++ticket.current : ticket.current;
      rowsRef.current({ filter: f, sort: d.sort, descending: d.descending, offset: block * BLOCK, limit: BLOCK }).then(
        (answer) => {
          inFlight.current.delete(tag);
          if (fresh && mine !== ticket.current) return;
          setLoaded((prev) => {
            // A block of a query or glossary no longer shown is dropped; a fresh first block replaces them all.
            if (!fresh && (prev.query !== q || prev.revision !== answer.revision)) return prev;
            const blocks = fresh ? new Map<number, GlossaryRow[]>() : new Map(prev.blocks);
            blocks.set(block, answer.rows);
            return { query: q, filter: f, revision: answer.revision, total: answer.total, blocks };
          });
        },
        () => inFlight.current.delete(tag),
      );
    },
    [revision],
  );

  // The window of rows on screen (rowWindow.ts): rows share one height but the few that grew.
  const [scroll, setScroll] = useState({ top: 0, height: 600 });
  const [extra, setExtra] = useState<ReadonlyMap<number, number>>(new Map());
  const layout = useMemo(() => new RowLayout(loaded.total, ROW_HEIGHT, extra), [loaded.total, extra]);
  const { first, last } = layout.range(scroll.top, scroll.height, OVERSCAN);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      setScroll((s) =>
        s.top === el.scrollTop && s.height === el.clientHeight ? s : { top: el.scrollTop, height: el.clientHeight },
      );
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(read);
    };
    const ro = new ResizeObserver(read);
    ro.observe(el);
    el.addEventListener('scroll', onScroll, { passive: true });
    read();
    return () => {
      ro.disconnect();
      el.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);
  // Rows that grew (edit form, conflict, a change's state) are measured after each render.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const next = new Map<number, number>();
    // Only rows that may have grown are read: reading a height forces a layout.
    for (const slot of el.querySelectorAll<HTMLElement>('[data-index][data-expanded]')) {
      const grown = slot.offsetHeight - ROW_HEIGHT;
      if (grown > 0) next.set(Number(slot.dataset.index), grown);
    }
    // Grown rows scrolled out of the window keep their height.
    for (const [i, e] of extra) if ((i < first || i > last) && i < loaded.total) next.set(i, e);
    const same = next.size === extra.size && [...next].every(([i, e]) => extra.get(i) === e);
    if (!same) setExtra(next);
  });

  // A new filter, order or glossary: the first visible block is fetched and replaces what is shown when it comes.
  useEffect(() => {
    const block = loaded.query === current ? Math.floor(first / BLOCK) : 0;
    fetchBlock(block, current, filter, order, true);
    // Only a new query or glossary revision starts over; scrolling is the next effect's job.
  }, [current, revision]);

  // Scrolling: the blocks that come into view are fetched.
  useEffect(() => {
    if (loaded.query !== current || loaded.total === 0) return;
    for (let b = Math.floor(first / BLOCK); b <= Math.floor(last / BLOCK); b++) {
      if (!loaded.blocks.has(b)) fetchBlock(b, current, filter, order, false);
    }
  }, [first, last, loaded, current, filter, order, fetchBlock]);

  // A new filter starts at the top.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
    setActive(0);
    setExtra(new Map());
  }, [current]);

  useEffect(() => {
    filterRef.current?.focus();
  }, []);

  const rowAt = (i: number): GlossaryRow | undefined => loaded.blocks.get(Math.floor(i / BLOCK))?.[i % BLOCK];

  const focusRow = (i: number) => {
    const n = Math.max(0, Math.min(loaded.total - 1, i));
    setActive(n);
    const el = scrollRef.current;
    if (el) el.scrollTop = layout.scrollFor(n, el.scrollTop, el.clientHeight);
    requestAnimationFrame(() =>
      scrollRef.current?.querySelector<HTMLElement>(`[data-index="${n}"] > [role=row]`)?.focus({ preventScroll: true }),
    );
  };

  const onRowKey = (e: KeyboardEvent<HTMLDivElement>, i: number, row: GlossaryRow | undefined) => {
    if (e.target !== e.currentTarget) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 300) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: i + 1,
      ArrowUp: i - 1,
      PageDown: i + page,
      PageUp: i - page,
      Home: 0,
      End: loaded.total - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      if (e.key === 'ArrowUp' && i === 0) filterRef.current?.focus();
      else focusRow(moves[e.key]!);
    } else if ((e.key === 'Enter' || e.key === 'F2') && row) {
      e.preventDefault();
      startEdit(row);
    } else if (e.key === 'Delete' && row && !pendingByRow.has(rowId(row.file, row.key))) {
      e.preventDefault();
      void edits.delete(row.file, row.key, row.concept);
    }
  };

  const startEdit = (row: GlossaryRow) =>
    setEditing({ id: rowId(row.file, row.key), file: row.file, key: row.key, base: row.concept });

  // The rows are memoised: they get handlers that stay the same across renders and call the current ones.
  const handlers = useRef({ onRowKey, startEdit, focusRow });
  handlers.current = { onRowKey, startEdit, focusRow };
  const stable = useMemo(
    () => ({
      onRowKey: (e: KeyboardEvent<HTMLDivElement>, i: number, row: GlossaryRow | undefined) =>
        handlers.current.onRowKey(e, i, row),
      startEdit: (row: GlossaryRow) => handlers.current.startEdit(row),
      doneEditing: (refocus: boolean, index: number) => {
        setEditing(null);
        if (refocus) handlers.current.focusRow(index);
      },
    }),
    [],
  );

  const sortBy = (sort: GlossarySort) =>
    setOrder((o) =>
      o.sort === sort ? { sort, descending: !o.descending } : { sort, descending: sort === 'modified' },
    );

  const header = (sort: GlossarySort, label: I18nKey, className: string) => (
    <div
      role="columnheader"
      className={`dg-gv-cell ${className}`}
      aria-sort={order.sort === sort ? (order.descending ? 'descending' : 'ascending') : 'none'}
    >
      <button type="button" className="dg-gv-sort" data-testid={`gv-sort-${sort}`} onClick={() => sortBy(sort)}>
        {t(label)}
        {order.sort === sort && <span aria-hidden="true">{order.descending ? ' ▾' : ' ▴'}</span>}
      </button>
    </div>
  );

  const showing = loaded.query === current;
  return (
    <section
      className="dg-gview"
      data-testid="glossary-view"
      // The filter whose rows are on screen (tests and the bench wait for it).
      data-shown-filter={loaded.revision >= 0 ? loaded.filter : undefined}
      aria-label={t('glossaryView.title')}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented && !editing && onClose) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div className="dg-gv-head">
        <label htmlFor={filterId} className="dg-gv-label">
          {t('glossaryView.filter')}
        </label>
        <input
          id={filterId}
          ref={filterRef}
          type="search"
          className="dg-gv-filter"
          data-testid="gv-filter"
          value={filter}
          placeholder={t('glossaryView.filterPlaceholder')}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => setFilter(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && loaded.total > 0) {
              e.preventDefault();
              focusRow(active);
            }
          }}
        />
        <span className="dg-muted" data-testid="gv-count" data-count={showing ? loaded.total : -1} role="status">
          {showing ? t('glossaryView.count', { count: loaded.total }) : t('glossary.searching')}
        </span>
        <span className="dg-spacer" />
        {onClose && (
          <button type="button" data-testid="gv-close" onClick={onClose}>
            {t('glossaryView.close')}
          </button>
        )}
      </div>
      {adding.map((p) => (
        <p key={p.id} className="dg-gv-adding" data-testid="gv-adding" data-phase={p.phase}>
          {phaseText(p, t)} <span translate="no">{p.mine?.terms[source]?.[0]?.text}</span>
        </p>
      ))}
      {conflicts.length > 0 && (
        // A conflict's row may be filtered out of sight: each is listed here with a way to it.
        <p className="dg-gv-adding" data-testid="gv-conflicts">
          {t('glossaryView.conflicts', { count: conflicts.length })}{' '}
          {conflicts.map((p) => {
            const term = (p.mine ?? p.theirs ?? p.base)?.terms[source]?.[0]?.text ?? '';
            return (
              <button key={p.id} type="button" translate="no" onClick={() => setFilter(term)}>
                {term}
              </button>
            );
          })}
        </p>
      )}
      <div className="dg-gv-table" role="table" aria-label={t('glossaryView.title')} aria-rowcount={loaded.total + 1}>
        <div className="dg-gv-row dg-gv-header" role="row">
          {header('ro', 'glossaryView.romanian', 'dg-gv-ro')}
          {header('en', 'glossaryView.english', 'dg-gv-en')}
          <div role="columnheader" className="dg-gv-cell dg-gv-note">
            {t('glossaryView.note')}
          </div>
          {header('file', 'glossaryView.file', 'dg-gv-file')}
          {header('modified', 'glossaryView.modified', 'dg-gv-mod')}
          <div role="columnheader" className="dg-gv-cell dg-gv-actions">
            <span className="dg-sr">{t('glossaryView.actions')}</span>
          </div>
        </div>
        <div className="dg-gv-scroll" ref={scrollRef} data-testid="gv-scroll" role="rowgroup">
          {showing && loaded.total === 0 && (
            <p className="dg-muted dg-gv-empty" data-testid="gv-empty">
              {filter.trim() ? t('glossaryView.noMatch', { text: filter.trim() }) : t('glossaryView.empty')}
            </p>
          )}
          <div style={{ height: layout.total, position: 'relative' }}>
            {Array.from({ length: Math.max(0, last - first + 1) }, (_, k) => {
              const index = first + k;
              const row = rowAt(index);
              const id = row ? rowId(row.file, row.key) : undefined;
              const pending = id ? pendingByRow.get(id) : undefined;
              const edited = editing && editing.id === id ? editing.base : undefined;
              return (
                <div
                  key={index}
                  data-index={index}
                  data-expanded={pending || edited ? '' : undefined}
                  className="dg-gv-slot"
                  style={{ transform: `translateY(${layout.top(index)}px)` }}
                >
                  <RowView
                    index={index}
                    row={row}
                    active={index === active}
                    pending={pending}
                    editing={edited}
                    source={source}
                    target={target}
                    edits={edits}
                    onFocus={setActive}
                    onKeyDown={stable.onRowKey}
                    onEdit={stable.startEdit}
                    onDoneEditing={stable.doneEditing}
                  />
                </div>
              );
            })}
          </div>
        </div>
      </div>
      {snapshot.deleted && (
        <div className="dg-gv-toast" role="status" data-testid="gv-toast">
          <span>
            {t('glossaryView.deleted', { file: fileName(snapshot.deleted.file) })}{' '}
            <span translate="no">{snapshot.deleted.concept.terms[source]?.[0]?.text}</span>
          </span>
          <button type="button" data-testid="gv-undo" onClick={() => void edits.undoDelete()}>
            {t('glossaryView.undo')}
          </button>
          <button type="button" onClick={() => edits.dismissDeleted()}>
            {t('app.dismiss')}
          </button>
        </div>
      )}
    </section>
  );
}

function phaseText(p: PendingEdit, t: Translate): string {
  switch (p.phase) {
    case 'saving':
      return t('glossaryView.saving');
    case 'waiting-lock':
      return t('glossaryView.waitingLock');
    case 'failed':
      return t('glossaryView.failed', { message: p.error ?? '' });
    case 'conflict':
      return t('glossaryView.conflict');
  }
}

interface RowProps {
  index: number;
  row: GlossaryRow | undefined;
  active: boolean;
  pending: PendingEdit | undefined;
  /** The base the edit form started from, when this row is being edited. */
  editing: Concept | undefined;
  source: string;
  target: string;
  edits: GlossaryEdits;
  onFocus(index: number): void;
  onKeyDown(e: KeyboardEvent<HTMLDivElement>, index: number, row: GlossaryRow | undefined): void;
  onEdit(row: GlossaryRow): void;
  onDoneEditing(refocus: boolean, index: number): void;
}

/** One concept: its terms as status chips, note, file and last change; or its edit form, or its conflict. */
const RowView = memo(function RowView(p: RowProps) {
  const { t } = useT();
  const { row, pending } = p;
  if (!row) {
    return <div className="dg-gv-row dg-gv-placeholder" role="row" aria-busy="true" />;
  }
  const shown = pending && pending.phase !== 'conflict' && pending.mine ? { ...row, concept: pending.mine } : row;
  const v = rowView(shown, p.source, p.target);
  const busy = pending !== undefined;
  return (
    <div
      className={`dg-gv-row${p.active ? ' dg-gv-active' : ''}${pending ? ` dg-gv-${pending.phase}` : ''}${pending && !pending.mine ? ' dg-gv-deleting' : ''}`}
      role="row"
      aria-rowindex={p.index + 2}
      tabIndex={p.active ? 0 : -1}
      data-testid="gv-row"
      data-key={row.key}
      data-file={row.file}
      data-phase={pending?.phase ?? 'saved'}
      onFocus={(e) => e.target === e.currentTarget && p.onFocus(p.index)}
      onKeyDown={(e) => p.onKeyDown(e, p.index, row)}
    >
      {p.editing ? (
        <EditForm
          base={p.editing}
          source={p.source}
          target={p.target}
          onCancel={() => p.onDoneEditing(true, p.index)}
          onSave={(next) => {
            void p.edits.edit(row.file, row.key, p.editing!, next);
            p.onDoneEditing(true, p.index);
          }}
        />
      ) : (
        <>
          <div role="cell" className="dg-gv-cell dg-gv-ro" lang="ro" translate="no">
            <Chips terms={v.ro} lang="ro" t={t} />
          </div>
          <div role="cell" className="dg-gv-cell dg-gv-en" lang="en" translate="no">
            <Chips terms={v.en} lang="en" t={t} />
          </div>
          <div role="cell" className="dg-gv-cell dg-gv-note" translate="no" title={v.note || undefined}>
            {v.note}
          </div>
          <div role="cell" className="dg-gv-cell dg-gv-file" translate="no" title={v.file}>
            {v.fileName}
          </div>
          <div role="cell" className="dg-gv-cell dg-gv-mod" translate="no" title={v.at}>
            {v.by && <span className="dg-gv-by">{v.by}</span>}{' '}
            {v.at && <span className="dg-muted">{shortDate(v.at)}</span>}
          </div>
          <div role="cell" className="dg-gv-cell dg-gv-actions">
            <button
              type="button"
              className="dg-gv-icon"
              data-testid="gv-edit"
              disabled={busy}
              tabIndex={p.active ? 0 : -1}
              title={t('glossaryView.edit')}
              aria-label={t('glossaryView.edit')}
              onClick={() => p.onEdit(row)}
            >
              <span aria-hidden="true">✎</span>
            </button>
            <button
              type="button"
              className="dg-gv-icon"
              data-testid="gv-delete"
              disabled={busy}
              tabIndex={p.active ? 0 : -1}
              title={t('glossaryView.delete')}
              aria-label={t('glossaryView.delete')}
              onClick={() => void p.edits.delete(row.file, row.key, row.concept)}
            >
              <span aria-hidden="true">✕</span>
            </button>
          </div>
        </>
      )}
      {pending && pending.phase !== 'conflict' && (
        <div className="dg-gv-state" data-testid="gv-state" role="status">
          {phaseText(pending, t)}
          {pending.phase === 'failed' && (
            <button type="button" data-testid="gv-retry" onClick={() => void p.edits.retry(pending.id)}>
              {t('glossaryView.retry')}
            </button>
          )}
          {(pending.phase === 'failed' || pending.phase === 'waiting-lock') && (
            <button type="button" data-testid="gv-discard" onClick={() => p.edits.discard(pending.id)}>
              {t('glossaryView.discard')}
            </button>
          )}
        </div>
      )}
      {pending?.phase === 'conflict' && pending.theirs !== undefined && (
        <Conflict pending={pending} source={p.source} target={p.target} edits={p.edits} t={t} />
      )}
    </div>
  );
});

/** Terms as chips coloured by status; the status is also said in words (title and a hidden label). */
function Chips({ terms, lang, t }: { terms: readonly Term[]; lang: string; t: Translate }) {
  return (
    <>
      {terms.map((term, i) => (
        <span
          key={i}
          className={`dg-chip dg-chip-${term.status}`}
          data-testid="gv-term"
          data-lang={lang}
          data-status={term.status}
          title={`${t(`intelligence.hover.${term.status}`)}${term.note ? ` — ${term.note}` : ''}`}
        >
          {term.text}
          <span className="dg-sr"> ({t(`intelligence.hover.${term.status}`)})</span>
        </span>
      ))}
    </>
  );
}

/** "Yours" beside "on disk now", and the ways out. */
function Conflict({
  pending,
  source,
  target,
  edits,
  t,
}: {
  pending: PendingEdit;
  source: string;
  target: string;
  edits: GlossaryEdits;
  t: Translate;
}) {
  const side = (label: I18nKey, c: Concept | null, testId: string) => (
    <div className="dg-gv-side" data-testid={testId}>
      <h4>{t(label)}</h4>
      {c ? (
        <div translate="no">
          <div lang="ro">
            <Chips terms={c.terms[source] ?? []} lang="ro" t={t} />
          </div>
          <div lang="en">
            <Chips terms={rowView({ key: '', file: '', concept: c }, source, target).en} lang="en" t={t} />
          </div>
          {c.note && <div className="dg-muted">{c.note}</div>}
        </div>
      ) : (
        <p className="dg-muted">{t('glossaryView.conflictDeleted')}</p>
      )}
    </div>
  );
  const { mine, theirs } = pending;
  const button = (choice: 'mine' | 'theirs' | 'both', label: I18nKey) => (
    <button type="button" data-testid={`gv-keep-${choice}`} onClick={() => void edits.resolve(pending.id, choice)}>
      {t(label)}
    </button>
  );
  return (
    <div className="dg-gv-conflict" data-testid="gv-conflict" role="group" aria-label={t('glossaryView.conflict')}>
      <p className="dg-gv-conflict-head">
        {theirs === null
          ? t('glossaryView.conflictTheyDeleted')
          : mine === null
            ? t('glossaryView.conflictDeleteChanged')
            : t('glossaryView.conflictBothChanged')}
      </p>
      <div className="dg-gv-sides">
        {side('glossaryView.mine', mine, 'gv-mine')}
        {side('glossaryView.theirs', theirs ?? null, 'gv-theirs')}
      </div>
      <div className="dg-gv-buttons">
        {theirs === null ? (
          <>
            {mine && button('mine', 'glossaryView.addAgain')}
            {button('theirs', 'glossaryView.drop')}
          </>
        ) : mine === null ? (
          <>
            {button('mine', 'glossaryView.deleteAnyway')}
            {button('theirs', 'glossaryView.keepTheirs')}
          </>
        ) : (
          <>
            {button('mine', 'glossaryView.keepMine')}
            {button('theirs', 'glossaryView.keepTheirs')}
            {button('both', 'glossaryView.keepBoth')}
          </>
        )}
      </div>
    </div>
  );
}

/** A concept's Romanian and English terms, their statuses and the note, edited in its row. */
function EditForm({
  base,
  source,
  target,
  onSave,
  onCancel,
}: {
  base: Concept;
  source: string;
  target: string;
  onSave(next: Concept): void;
  onCancel(): void;
}) {
  const { t } = useT();
  const [draft, setDraft] = useState<ConceptDraft>(() => draftOf(base, source, target));
  const [tried, setTried] = useState(false);
  const problem = draftProblem(draft);
  const firstInput = useRef<HTMLInputElement>(null);
  useEffect(() => firstInput.current?.focus(), []);

  const setTerms = (lang: 'ro' | 'en', terms: DraftTerm[]) => setDraft((d) => ({ ...d, [lang]: terms }));
  const save = () => {
    setTried(true);
    if (!problem) onSave(conceptFromDraft(base, draft, source, target));
  };
  const terms = (lang: 'ro' | 'en') => (
    <fieldset className="dg-gv-terms" data-testid={`gv-form-${lang}`}>
      <legend>{lang === 'ro' ? t('glossaryView.romanian') : t('glossaryView.english')}</legend>
      {draft[lang].map((term, i) => (
        <div key={i} className="dg-gv-term-edit">
          <input
            ref={lang === 'ro' && i === 0 ? firstInput : undefined}
            data-testid="gv-term-text"
            data-lang={lang}
            aria-label={t(lang === 'ro' ? 'glossaryView.roTerm' : 'glossaryView.enTerm', { n: i + 1 })}
            value={term.text}
            lang={lang}
            onChange={(e) =>
              setTerms(
                lang,
                draft[lang].map((x, j) => (j === i ? { ...x, text: e.target.value } : x)),
              )
            }
          />
          <select
            data-testid="gv-term-status"
            data-lang={lang}
            aria-label={t('glossaryView.status', { n: i + 1 })}
            value={term.status}
            onChange={(e) =>
              setTerms(
                lang,
                draft[lang].map((x, j) => (j === i ? { ...x, status: e.target.value as TermStatus } : x)),
              )
            }
          >
            {TERM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`intelligence.hover.${s}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="dg-gv-icon"
            data-testid="gv-term-remove"
            aria-label={t('glossaryView.removeTerm', { text: term.text })}
            title={t('glossaryView.removeTerm', { text: term.text })}
            onClick={() =>
              setTerms(
                lang,
                draft[lang].filter((_, j) => j !== i),
              )
            }
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
      <button
        type="button"
        data-testid={`gv-add-${lang}`}
        onClick={() => setTerms(lang, [...draft[lang], { text: '', status: 'preferred' }])}
      >
        {lang === 'ro' ? t('glossaryView.addRo') : t('glossaryView.addEn')}
      </button>
    </fieldset>
  );
  return (
    <div
      className="dg-gv-form"
      data-testid="gv-form"
      onKeyDown={(e: KeyboardEvent<HTMLDivElement>) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        } else if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') {
          e.preventDefault();
          save();
        }
      }}
    >
      {terms('ro')}
      {terms('en')}
      <label className="dg-gv-note-edit">
        {t('glossaryView.note')}
        <textarea
          data-testid="gv-note"
          rows={2}
          value={draft.note}
          onChange={(e) => setDraft((d) => ({ ...d, note: e.target.value }))}
        />
      </label>
      {tried && problem && (
        <p className="dg-error" role="alert" data-testid="gv-invalid">
          {t(problem === 'noRomanian' ? 'glossaryView.needRomanian' : 'glossaryView.emptyTerm')}
        </p>
      )}
      <div className="dg-gv-buttons">
        <button type="button" className="dg-primary" data-testid="gv-save" onClick={save}>
          {t('glossaryView.save')}
        </button>
        <button type="button" data-testid="gv-cancel" onClick={onCancel}>
          {t('glossaryView.cancel')}
        </button>
      </div>
    </div>
  );
}
