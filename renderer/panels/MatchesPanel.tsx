import type { TmDiffOp, TmMatch } from '../../shared/api/workbenchApi.js';
import { errorText } from '../api/errorText.js';
import type { MatchesState } from '../editor/memorySession.js';
import { chordLabel, type KeyName } from '../editor/keymap.js';
import { useT } from '../i18n/i18n.js';
import type { Translate } from '../i18n/keys.js';
import { isMac } from '../platform.js';
import { fileName } from './glossaryModel.js';

/** Props of {@link MatchesPanel}. */
export interface MatchesPanelProps {
  state: MatchesState;
  /** Inserts the n-th (1-based) match as the active segment's draft. */
  onInsert(n: number): void;
  /** Opens the memories dialog. */
  onManage?(): void;
  /** Opens the concordance search. */
  onConcordance?(): void;
}

/** How many matches have a Ctrl+digit shortcut. */
const KEYED = 3;

/**
 * The active segment's translation memory matches (issue 13), best first:
 * the score (101 = same context too) and an "adapted" badge, the memory's
 * source with what differs from the current source marked, the English to
 * insert (a click or Ctrl+1…3) and where it came from.
 */
export function MatchesPanel({ state, onInsert, onManage, onConcordance }: MatchesPanelProps) {
  const { t } = useT();
  return (
    <div className="dg-matches" data-testid="matches-panel" role="region" aria-label={t('memory.panel.title')}>
      <div aria-live="polite">
        {state.kind === 'loading' && <p className="dg-muted">{t('memory.panel.loading')}</p>}
        {state.kind === 'failed' && (
          <p className="dg-error">{t('memory.panel.failed', { message: errorText(state.error, t, false) })}</p>
        )}
        {state.kind === 'done' && state.matches.length === 0 && (
          <p className="dg-muted" data-testid="matches-none">
            {t('memory.panel.none')}
          </p>
        )}
      </div>
      {state.kind === 'done' && state.matches.length > 0 && (
        <ol className="dg-mlist">
          {state.matches.map((m, i) => (
            <MatchItem key={i} n={i + 1} match={m} onInsert={onInsert} t={t} />
          ))}
        </ol>
      )}
      <div className="dg-gfoot">
        {onConcordance && (
          <button type="button" data-testid="memory-concordance" onClick={onConcordance}>
            {t('memory.panel.concordance')}
          </button>
        )}
        {onManage && (
          <button type="button" data-testid="memory-manage" onClick={onManage}>
            {t('memory.panel.manage')}
          </button>
        )}
      </div>
    </div>
  );
}

function MatchItem({ n, match, onInsert, t }: { n: number; match: TmMatch; onInsert(n: number): void; t: Translate }) {
  const keys = n <= KEYED ? chordLabel({ ctrl: true, key: `Digit${n}` as KeyName }, t, isMac) : '';
  const band = match.score >= 100 ? 'exact' : 'fuzzy';
  return (
    <li className="dg-match" data-testid="memory-match" data-score={match.score} data-band={band}>
      <div className="dg-mhead">
        <span className="dg-gnum" aria-hidden="true">
          {n <= KEYED ? n : ''}
        </span>
        <span
          className={`dg-mscore dg-mscore-${band}`}
          data-testid="match-score"
          title={match.score === 101 ? t('memory.panel.exactContext') : undefined}
        >
          {t('memory.panel.score', { score: match.score })}
        </span>
        {match.adapted && (
          <span className="dg-madapted" data-testid="match-adapted" title={t('memory.panel.adaptedTitle')}>
            {t('memory.panel.adapted')}
          </span>
        )}
        <span className="dg-muted dg-morigin" data-testid="match-origin" title={match.origin.file}>
          {originText(match, t)}
        </span>
      </div>
      <div className="dg-msource" lang="ro" translate="no" data-testid="match-source">
        <Diff ops={match.diff} fallback={match.source} />
      </div>
      <button
        type="button"
        className="dg-mtarget"
        lang="en"
        translate="no"
        data-testid="match-insert"
        title={keys ? t('memory.panel.insert', { keys }) : t('memory.panel.insertPlain')}
        // A mouse click leaves the focus (and the cursor) in the draft.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => onInsert(n)}
      >
        {match.target}
      </button>
    </li>
  );
}

/**
 * The memory's source as the diff tells it: words only in the memory are
 * struck through, words only in the current segment are underlined (they
 * are what the translation must change).
 */
function Diff({ ops, fallback }: { ops: readonly TmDiffOp[]; fallback: string }) {
  if (ops.length === 0) return <>{fallback}</>;
  return (
    <>
      {ops.map((op, i) =>
        op.op === 'equal' ? (
          <span key={i}>{op.text}</span>
        ) : op.op === 'delete' ? (
          <del key={i} className="dg-mdel" data-testid="match-del">
            {op.text}
          </del>
        ) : (
          <ins key={i} className="dg-mins" data-testid="match-ins">
            {op.text}
          </ins>
        ),
      )}
    </>
  );
}

function originText(m: TmMatch, t: Translate): string {
  const file = fileName(m.origin.file);
  const at = m.origin.at ? m.origin.at.slice(0, 10) : undefined;
  if (m.origin.by && at) return t('memory.panel.originByAt', { file, by: m.origin.by, at });
  if (m.origin.by) return t('memory.panel.originBy', { file, by: m.origin.by });
  if (at) return t('memory.panel.originAt', { file, at });
  return t('memory.panel.origin', { file });
}
