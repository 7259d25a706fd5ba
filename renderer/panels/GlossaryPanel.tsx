import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { errorText } from '../api/errorText.js';
import { chordLabel, type KeyName } from '../editor/keymap.js';
import { useT } from '../i18n/i18n.js';
import type { Translate } from '../i18n/keys.js';
import { isMac } from '../platform.js';
import type { ConceptView, GlossaryProblem, SegmentTerm, TermView } from '../workers/protocol.js';
import { fileName, isApproved, segmentEntries } from './glossaryModel.js';

/** Props of {@link GlossaryPanel}. */
export interface GlossaryPanelProps {
  /** The glossary terms recognised in the active segment's source (worker query `segmentTerms`). */
  activeTerms: readonly SegmentTerm[];
  /** Searches the whole glossary in both languages (worker query `search`). */
  search(text: string): Promise<ConceptView[]>;
  /** Inserts text at the draft's cursor. */
  onInsert(text: string): void;
  /** Opens the add-term dialog. */
  onAddTerm(): void;
  /** Opens the Glossaries manager (attach, detach, create, import, export). */
  onManage?(): void;
  /** Glossary files that could not be used. */
  problems: readonly GlossaryProblem[];
  /** How many concepts the loaded glossaries hold. */
  conceptCount: number;
  /** A passing remark, e.g. that a file changed on disk was reloaded. */
  notice?: string;
}

/** Typing pauses this long before the glossary is searched. */
const SEARCH_DELAY_MS = 150;
const SEARCH_LIMIT = 50;

/**
 * The glossary beside the draft: the active segment's terms with their
 * English renderings (a click, or Alt+n, inserts), a search over the whole
 * glossary in both languages, the "Add term…" button, and the files that
 * could not be read, so a broken glossary never fails silently.
 */
export function GlossaryPanel({
  activeTerms,
  search,
  onInsert,
  onAddTerm,
  onManage,
  problems,
  conceptCount,
  notice,
}: GlossaryPanelProps) {
  const { t } = useT();
  const searchId = useId();
  const entries = useMemo(() => segmentEntries(activeTerms), [activeTerms]);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<{ text: string; concepts: ConceptView[] } | null>(null);
  const [searching, setSearching] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const searchRef = useRef(search);
  searchRef.current = search;

  // Debounced; an answer to an older query is dropped. conceptCount is a
  // dependency so the results follow a glossary reload or a new term.
  useEffect(() => {
    const text = query.trim();
    if (!text) {
      setResults(null);
      setSearching(false);
      setFailure(null);
      return;
    }
    let live = true;
    setSearching(true);
    const timer = window.setTimeout(() => {
      searchRef.current(text).then(
        (concepts) => {
          if (!live) return;
          setResults({ text, concepts: concepts.slice(0, SEARCH_LIMIT) });
          setFailure(null);
          setSearching(false);
        },
        (err: unknown) => {
          if (!live) return;
          setResults(null);
          setFailure(errorText(err, t, false));
          setSearching(false);
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query, conceptCount, t]);

  return (
    <div className="dg-glossary" data-testid="glossary-panel" role="region" aria-label={t('glossary.title')}>
      {problems.length > 0 && (
        <div className="dg-gproblems" role="alert">
          <h3 className="dg-side-heading">{t('glossary.problems')}</h3>
          <ul>
            {problems.map((p, i) => (
              <li key={`${p.path}#${i}`} data-testid="glossary-problem" data-path={p.path}>
                <span className="dg-gproblem-file" title={p.path} translate="no">
                  {fileName(p.path)}
                </span>
                {/* Codec messages usually name the file and place already. */}
                {p.line !== undefined && !p.message.includes(fileName(p.path)) && (
                  <span className="dg-muted"> {t('glossary.problemAt', { line: p.line, column: p.column ?? 1 })}</span>
                )}
                <span className="dg-gproblem-msg">{p.message}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {notice && (
        <p className="dg-gnotice" role="status" data-testid="glossary-notice">
          {notice}
        </p>
      )}

      <h3 className="dg-side-heading">{t('glossary.inSegment')}</h3>
      {entries.length === 0 ? (
        <p className="dg-muted dg-gempty">{t('glossary.noTerms')}</p>
      ) : (
        <ul className="dg-gterms">
          {entries.map((e) => (
            <li key={e.concept.id} className="dg-gterm" data-testid="glossary-term" data-concept={e.concept.id}>
              <span className="dg-gnum" aria-hidden="true" data-n={e.n}>
                {e.n ?? ''}
              </span>
              {/* The note is the glossary's text, not the UI's: it sits on the user-data span. */}
              <span className="dg-gsource" lang="ro" translate="no" title={e.concept.note ?? e.concept.definition}>
                {e.surfaces.join(', ')}
              </span>
              <span className="dg-garrow" aria-hidden="true">
                →
              </span>
              <EnglishTerms terms={e.concept.en} onInsert={onInsert} numbered={e.n} numberedText={e.insert} t={t} />
            </li>
          ))}
        </ul>
      )}

      <div className="dg-gsearch">
        <label htmlFor={searchId} className="dg-side-heading">
          {t('glossary.search')}
        </label>
        <input
          id={searchId}
          type="search"
          data-testid="glossary-search"
          value={query}
          placeholder={t('glossary.searchPlaceholder')}
          spellCheck={false}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              e.stopPropagation();
              setQuery('');
            }
          }}
        />
      </div>
      <div aria-live="polite">
        {searching && <p className="dg-muted">{t('glossary.searching')}</p>}
        {failure && <p className="dg-error">{t('glossary.searchFailed', { message: failure })}</p>}
        {!searching && results && results.concepts.length === 0 && (
          <p className="dg-muted" data-testid="glossary-no-results">
            {t('glossary.noResults', { text: results.text })}
          </p>
        )}
      </div>
      {results && results.concepts.length > 0 && (
        <ul className="dg-gresults">
          {results.concepts.map((c) => (
            <li key={c.id} className="dg-gresult" data-testid="glossary-result" data-concept={c.id}>
              <span className="dg-gsource" lang="ro" translate="no" title={c.note ?? c.definition}>
                {c.ro.map((r, i) => (
                  <span key={i} className={`dg-gro dg-gst-${r.status}`} title={statusTitle(r, t)}>
                    {r.text}
                  </span>
                ))}
              </span>
              <span className="dg-garrow" aria-hidden="true">
                ↔
              </span>
              <EnglishTerms terms={c.en} onInsert={onInsert} t={t} />
            </li>
          ))}
        </ul>
      )}

      <div className="dg-gfoot">
        <button type="button" data-testid="glossary-add" onClick={onAddTerm}>
          {t('glossary.add')}
        </button>
        {onManage && (
          <button type="button" data-testid="glossary-manage" onClick={onManage}>
            {t('glossary.manage')}
          </button>
        )}
        <span className="dg-muted" data-testid="glossary-count" data-count={conceptCount}>
          {conceptCount === 0 && problems.length === 0
            ? t('glossary.noGlossary')
            : t('glossary.count', { count: conceptCount })}
        </span>
      </div>
    </div>
  );
}

function statusTitle(term: TermView, t: Translate): string {
  const status = t(`intelligence.hover.${term.status}`);
  const head = isApproved(term.status) ? status : t('glossary.doNotUse', { status, text: term.text });
  return term.note ? `${head} — ${term.note}` : head;
}

interface EnglishTermsProps {
  terms: readonly TermView[];
  onInsert(text: string): void;
  /** The shortcut number of the entry, shown on the term it inserts. */
  numbered?: number;
  numberedText?: string;
  t: Translate;
}

/** English terms: approved ones are buttons that insert them, deprecated and forbidden ones are struck through. */
function EnglishTerms({ terms, onInsert, numbered, numberedText, t }: EnglishTermsProps) {
  let numberShown = false;
  return (
    <span className="dg-gtargets" lang="en" translate="no">
      {terms.map((term, i) => {
        if (!isApproved(term.status)) {
          return (
            <s key={i} className={`dg-gbad dg-gst-${term.status}`} title={statusTitle(term, t)}>
              {term.text}
            </s>
          );
        }
        const keyed = numbered !== undefined && !numberShown && term.text === numberedText;
        if (keyed) numberShown = true;
        const keys = keyed ? chordLabel({ alt: true, key: `Digit${numbered}` as KeyName }, t, isMac) : '';
        const title = keyed
          ? t('glossary.insertKeys', { text: term.text, keys })
          : t('glossary.insert', { text: term.text });
        return (
          <button
            key={i}
            type="button"
            className={`dg-ginsert dg-gst-${term.status}`}
            data-testid="glossary-insert"
            data-status={term.status}
            title={term.note ? `${title} — ${term.note}` : title}
            // A mouse click leaves the focus (and the cursor) in the draft.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onInsert(term.text)}
          >
            {term.text}
          </button>
        );
      })}
    </span>
  );
}
