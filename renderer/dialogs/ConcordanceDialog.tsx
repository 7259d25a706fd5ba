import { useEffect, useId, useState, type ReactNode } from 'react';
import type { TmConcordanceHit, WorkbenchApi } from '../../shared/api/workbenchApi.js';
import { errorText } from '../api/errorText.js';
import { useT } from '../i18n/i18n.js';
import { fileName } from '../panels/glossaryModel.js';
import { Modal } from './Modal.js';

/** Props of {@link ConcordanceDialog}. */
export interface ConcordanceDialogProps {
  api: WorkbenchApi;
  projectPath: string;
  /** The text to search at once (a selection in either pane), or ''. */
  initial: string;
  /** Which side to search first: a selection in the draft searches the English. */
  initialSide: 'source' | 'target' | 'both';
  onClose(): void;
}

type Side = 'both' | 'source' | 'target';
const SIDES: readonly Side[] = ['both', 'source', 'target'];
/** Typing pauses this long before the memories are searched. */
const SEARCH_DELAY_MS = 200;
const LIMIT = 100;

/**
 * Concordance (issue 13, Ctrl+K): searches the memories' Romanian side
 * (inflection-aware, as the term matcher is), English side or both, and
 * lists each hit's two sides next to each other with the found words marked.
 */
export function ConcordanceDialog({ api, projectPath, initial, initialSide, onClose }: ConcordanceDialogProps) {
  const { t } = useT();
  const id = useId();
  const [query, setQuery] = useState(initial);
  const [side, setSide] = useState<Side>(initialSide);
  const [result, setResult] = useState<{ text: string; hits: readonly TmConcordanceHit[] } | null>(null);
  const [searching, setSearching] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  // Debounced; an answer to an older query is dropped.
  useEffect(() => {
    const text = query.trim();
    if (!text) {
      setResult(null);
      setSearching(false);
      return;
    }
    let live = true;
    setSearching(true);
    const timer = window.setTimeout(() => {
      api.memoryConcordance({ path: projectPath, query: text.slice(0, 500), side, limit: LIMIT }).then(
        (res) => {
          if (!live) return;
          setResult({ text, hits: res.hits });
          setFailure(null);
          setSearching(false);
        },
        (err: unknown) => {
          if (!live) return;
          setFailure(errorText(err, t, false));
          setSearching(false);
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [api, projectPath, query, side, t]);

  return (
    <Modal title={t('memory.concordance.title')} testId="concordance-dialog" onClose={onClose}>
      <div className="dg-conc-form">
        <label htmlFor={`${id}-q`}>{t('memory.concordance.query')}</label>
        <input
          id={`${id}-q`}
          type="search"
          data-testid="concordance-query"
          value={query}
          autoFocus
          spellCheck={false}
          maxLength={500}
          onChange={(e) => setQuery(e.target.value)}
        />
        <label htmlFor={`${id}-side`}>{t('memory.concordance.side')}</label>
        <select
          id={`${id}-side`}
          data-testid="concordance-side"
          value={side}
          onChange={(e) => setSide(e.target.value as Side)}
        >
          {SIDES.map((s) => (
            <option key={s} value={s}>
              {t(`memory.concordance.sides.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div aria-live="polite">
        {searching && <p className="dg-muted">{t('memory.concordance.searching')}</p>}
        {failure && <p className="dg-error">{t('memory.concordance.failed', { message: failure })}</p>}
        {!searching && result && result.hits.length === 0 && (
          <p className="dg-muted" data-testid="concordance-none">
            {t('memory.concordance.none', { text: result.text })}
          </p>
        )}
        {!searching && result && result.hits.length > 0 && (
          <p className="dg-muted">{t('memory.concordance.count', { count: result.hits.length })}</p>
        )}
      </div>
      {result && result.hits.length > 0 && (
        <table className="dg-conc" data-testid="concordance-hits">
          <tbody>
            {result.hits.map((h, i) => (
              <tr key={i} data-testid="concordance-hit">
                <td lang="ro" translate="no" data-testid="concordance-source">
                  {marked(h.source, h, 'source')}
                </td>
                <td lang="en" translate="no" data-testid="concordance-target">
                  {marked(h.target, h, 'target')}
                  <div className="dg-muted dg-conc-origin" title={h.origin.file}>
                    {fileName(h.origin.file)}
                    {h.origin.by ? ` · ${h.origin.by}` : ''}
                    {h.origin.at ? ` · ${h.origin.at.slice(0, 10)}` : ''}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="dg-actions">
        <button type="button" data-testid="concordance-close" onClick={onClose}>
          {t('memory.concordance.close')}
        </button>
      </div>
    </Modal>
  );
}

/** One side's text with the hit's ranges on that side in <mark>. */
function marked(text: string, hit: TmConcordanceHit, side: 'source' | 'target'): ReactNode[] {
  const ranges = hit.ranges
    .filter((r) => r.side === side && r.start < r.end && r.end <= text.length)
    .sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start < at) continue;
    if (r.start > at) out.push(text.slice(at, r.start));
    out.push(
      <mark key={r.start} data-testid="concordance-mark">
        {text.slice(r.start, r.end)}
      </mark>,
    );
    at = r.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
