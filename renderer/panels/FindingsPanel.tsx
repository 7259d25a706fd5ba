import {
  memo,
  useCallback,
  useDeferredValue,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { Severity } from '../../shared/model/finding.js';
import { useT } from '../i18n/i18n.js';
import type { IdentifiedFinding } from '../workers/protocol.js';
import { SEVERITIES, countOf, summarizeFindings, type FindingsFilter } from './findingsModel.js';

/** Props of {@link FindingsPanel}. */
export interface FindingsPanelProps {
  /** Every finding of the document (any order; the panel sorts by document order). */
  findings: readonly IdentifiedFinding[];
  /** The 1-based number of a segment. Pass a stable function: a new one re-sorts every finding. */
  segmentNumber(segmentId: string): number;
  /** A finding's message in the UI language (renderer/i18n/checkMessages.ts findingMessage). */
  message(f: IdentifiedFinding): string;
  /** A check's name in the UI language (renderer/i18n/checkMessages.ts checkTitle). */
  checkName(checkId: string): string;
  /** How many findings the project's ignore list hides. */
  ignoredCount: number;
  /** The user picked a finding: show its segment and select its range. */
  onJump(f: IdentifiedFinding): void;
  /** The settings area (ignored findings, checks turned off), shown under the head on demand. */
  settings?: ReactNode;
}

/** Rows a group shows before "Show more", and how many more each click adds: enough to read, few enough for React. */
const FIRST_ROWS = 50;
const MORE_ROWS = 200;

const ALL_SEVERITIES: ReadonlySet<Severity> = new Set(SEVERITIES);

/**
 * Every finding of the document, grouped by check in catalogue order, with
 * counts per severity, severity toggles and a check filter. Rows are capped
 * per group, and the list follows typing through a deferred value, so ten
 * thousand findings neither freeze the page nor slow the keystroke.
 */
export function FindingsPanel({
  findings,
  segmentNumber,
  message,
  checkName,
  ignoredCount,
  onJump,
  settings,
}: FindingsPanelProps) {
  const [showSettings, setShowSettings] = useState(false);
  const { t, language } = useT();
  // Rendering a message costs several i18next lookups; with hundreds of rows re-rendered while the
  // user types, that was most of the UI thread's time. Findings that did not change keep their
  // objects (CheckClient replaces only changed segments' lists), so their rows are computed once.
  const rowCache = useMemo(
    () => new WeakMap<IdentifiedFinding, { n: number; text: string; label: string }>(),
    [language, message, segmentNumber],
  );
  const rowOf = (f: IdentifiedFinding) => {
    let row = rowCache.get(f);
    if (!row) {
      const n = segmentNumber(f.segmentId);
      const text = message(f);
      const label = t('findings.row', { n, severity: t(`findings.severity.${f.severity}`), message: text });
      rowCache.set(f, (row = { n, text, label }));
    }
    return row;
  };
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(ALL_SEVERITIES);
  const [check, setCheck] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [limits, setLimits] = useState<ReadonlyMap<string, number>>(new Map());
  // Rows get one stable callback, so a new onJump from the parent does not re-render them.
  const jump = useRef(onJump);
  jump.current = onJump;
  const onRow = useCallback((f: IdentifiedFinding) => jump.current(f), []);

  const deferred = useDeferredValue(findings);
  const filter = useMemo<FindingsFilter>(
    () => ({
      ...(severities.size < SEVERITIES.length ? { severities } : {}),
      ...(check ? { checks: new Set([check]) } : {}),
    }),
    [severities, check],
  );
  const summary = useMemo(() => summarizeFindings(deferred, segmentNumber, filter), [deferred, segmentNumber, filter]);
  const filtered = filter.severities !== undefined || filter.checks !== undefined;

  const toggleSeverity = (s: Severity) =>
    setSeverities((cur) => {
      const next = new Set(cur);
      if (next.has(s)) next.delete(s);
      else next.add(s);
      return next;
    });
  const toggleGroup = (id: string) =>
    setCollapsed((cur) => {
      const next = new Set(cur);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const showMore = (id: string) => setLimits((cur) => new Map(cur).set(id, (cur.get(id) ?? FIRST_ROWS) + MORE_ROWS));

  // Up/Down walk the rows, Home/End jump to the first/last one.
  const onListKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
    const rows = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('[data-testid="finding-row"]')];
    if (rows.length === 0) return;
    const at = rows.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? rows.length - 1
          : Math.min(rows.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)));
    e.preventDefault();
    rows[next]?.focus();
  };

  const checkOptions = summary.checks.map((c) => ({ check: c.check, count: countOf(c.counts, filter.severities) }));
  if (check && !checkOptions.some((c) => c.check === check)) checkOptions.push({ check, count: 0 });

  return (
    <div className="dg-findings" data-testid="findings-panel" aria-label={t('findings.label')} role="region">
      <div className="dg-findings-head">
        <div className="dg-findings-toggles" role="group" aria-label={t('findings.filterSeverity')}>
          {SEVERITIES.map((s) => (
            <button
              key={s}
              type="button"
              className={`dg-sev-toggle dg-sev-${s}`}
              data-testid={`findings-filter-${s}`}
              aria-pressed={severities.has(s)}
              title={t('findings.toggle', { severity: t(`findings.severities.${s}`), count: summary.counts[s] })}
              onClick={() => toggleSeverity(s)}
            >
              <span className="dg-sev-icon" aria-hidden="true" />
              <span className="dg-visually-hidden">{t(`findings.severities.${s}`)}</span>
              <span data-testid={`findings-count-${s}`} data-count={summary.counts[s]}>
                {summary.counts[s]}
              </span>
            </button>
          ))}
        </div>
        <span className="dg-findings-total" data-testid="findings-total" data-count={summary.total}>
          {filtered
            ? t('findings.shown', { shown: summary.shown, total: summary.total })
            : t('findings.total', { count: summary.total })}
        </span>
        {ignoredCount > 0 && (
          <span className="dg-muted" data-testid="findings-ignored" data-count={ignoredCount}>
            {t('findings.ignored', { count: ignoredCount })}
          </span>
        )}
        <label className="dg-findings-check">
          <span className="dg-visually-hidden">{t('findings.check')}</span>
          <select data-testid="findings-filter-check" value={check} onChange={(e) => setCheck(e.target.value)}>
            <option value="">{t('findings.allChecks', { count: countOf(summary.counts, filter.severities) })}</option>
            {checkOptions.map((c) => (
              <option key={c.check} value={c.check}>
                {t('findings.checkOption', { name: checkName(c.check), count: c.count })}
              </option>
            ))}
          </select>
        </label>
        {settings && (
          <button
            type="button"
            className="dg-link dg-fsettings-toggle"
            data-testid="findings-settings-toggle"
            aria-expanded={showSettings}
            title={t('editing.settings.title')}
            onClick={() => setShowSettings((v) => !v)}
          >
            {t('editing.settings.open')}
          </button>
        )}
      </div>
      {settings && showSettings && settings}
      <div className="dg-findings-list" onKeyDown={onListKey}>
        {summary.groups.length === 0 && (
          <p className="dg-findings-empty dg-muted" data-testid="findings-empty">
            {summary.total === 0 ? t('findings.none') : t('findings.noneFiltered')}
            {summary.total > 0 && (
              <button
                type="button"
                className="dg-link"
                onClick={() => {
                  setSeverities(ALL_SEVERITIES);
                  setCheck('');
                }}
              >
                {t('findings.showAll')}
              </button>
            )}
          </p>
        )}
        {summary.groups.map((g) => {
          const open = !collapsed.has(g.check);
          const limit = limits.get(g.check) ?? FIRST_ROWS;
          const rows = open ? g.findings.slice(0, limit) : [];
          const left = g.findings.length - rows.length;
          return (
            <section key={g.check} className="dg-fgroup" data-testid="findings-group" data-check={g.check}>
              <h3 className="dg-fgroup-title">
                <button type="button" aria-expanded={open} onClick={() => toggleGroup(g.check)}>
                  <span className="dg-fgroup-caret" aria-hidden="true" />
                  <span className="dg-fgroup-name">{checkName(g.check)}</span>
                  {SEVERITIES.filter((s) => g.counts[s] > 0).map((s) => (
                    <span
                      key={s}
                      className={`dg-fgroup-count dg-sev-${s}`}
                      title={t('findings.toggle', { severity: t(`findings.severities.${s}`), count: g.counts[s] })}
                    >
                      <span className="dg-sev-icon" aria-hidden="true" />
                      {g.counts[s]}
                    </span>
                  ))}
                </button>
              </h3>
              {open && (
                <ul className="dg-frows">
                  {rows.map((f) => {
                    const { n, text, label } = rowOf(f);
                    return <FindingRow key={f.id} f={f} n={n} text={text} label={label} onJump={onRow} />;
                  })}
                </ul>
              )}
              {open && left > 0 && (
                <button
                  type="button"
                  className="dg-link dg-fmore"
                  data-testid="findings-more"
                  onClick={() => showMore(g.check)}
                >
                  {t('findings.showMore', { count: Math.min(left, MORE_ROWS) })}
                </button>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}

interface FindingRowProps {
  f: IdentifiedFinding;
  n: number;
  text: string;
  label: string;
  onJump(f: IdentifiedFinding): void;
}

/** One finding; re-renders only when what it shows changes. */
const FindingRow = memo(function FindingRow({ f, n, text, label, onJump }: FindingRowProps) {
  return (
    <li>
      <button
        type="button"
        className={`dg-frow dg-sev-${f.severity}`}
        data-testid="finding-row"
        data-check={f.check}
        data-segment={n}
        data-severity={f.severity}
        data-finding={f.id}
        aria-label={label}
        title={text}
        onClick={() => onJump(f)}
      >
        <span className="dg-frow-seg">{n > 0 ? n : '–'}</span>
        <span className="dg-sev-icon" aria-hidden="true" />
        <span className="dg-frow-msg">{text}</span>
      </button>
    </li>
  );
});
