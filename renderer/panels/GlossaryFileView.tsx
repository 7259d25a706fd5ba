import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { GlossaryFileView as GlossaryFile } from '../../shared/api/workbenchApi.js';
import { parseGlossary } from '../../glossary/common/codec.js';
import type { Concept, Term } from '../../shared/model/glossary.js';
import { matchKey } from '../../shared/text/normalize.js';
import { errorMessage } from '../api/apiError.js';
import { useT } from '../i18n/i18n.js';
import { fileName } from './glossaryModel.js';

/** Rows rendered at most; the search narrows a larger glossary down. */
const ROW_LIMIT = 500;

/** Props of {@link GlossaryFileView}. */
export interface GlossaryFileViewProps {
  file: GlossaryFile;
  /** Opens the export form for this glossary. */
  onExport(): void;
  onClose(): void;
}

interface Row {
  concept: Concept;
  /** Every term of the concept as a comparison key (case and diacritics folded), for the search. */
  keys: string;
}

function termKeys(c: Concept): string {
  return Object.values(c.terms)
    .flat()
    .map((t) => matchKey(t.text))
    .join('\n');
}

/**
 * A glossary opened by itself (a double-clicked .tbx, the Open dialog,
 * `npm run web -- file.tbx`): its entries listed and searchable in both
 * languages, ignoring case and diacritics ("lukasenko" finds "Lukașenko").
 */
// TODO(#9 view): show H3's glossary view here once it is on main, instead of this plain table.
export function GlossaryFileView({ file, onExport, onClose }: GlossaryFileViewProps) {
  const { t } = useT();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const parsed = useMemo((): { rows: Row[] } | { error: string } => {
    try {
      const g = parseGlossary(file.text ?? '', file.path);
      return { rows: g.concepts.map((concept) => ({ concept, keys: termKeys(concept) })) };
    } catch (err) {
      return { error: errorMessage(err) };
    }
  }, [file]);
  const matching = useMemo(() => {
    if (!('rows' in parsed)) return [];
    const key = matchKey(deferred.trim());
    return key ? parsed.rows.filter((r) => r.keys.includes(key)) : parsed.rows;
  }, [parsed, deferred]);

  return (
    <main className="dg-gfile" data-testid="glossary-view" aria-label={t('glossaryFile.label')}>
      <header className="dg-gfile-head">
        <h2>
          <span className="dg-muted">{t('glossaryFile.opened')}</span>{' '}
          <span translate="no" title={file.path} data-testid="gv-name">
            {fileName(file.path)}
          </span>
        </h2>
        <span className="dg-spacer" />
        <button type="button" data-testid="gv-export" onClick={onExport}>
          {t('glossaryFile.export')}
        </button>
        <button type="button" data-testid="gv-close" onClick={onClose}>
          {t('glossaryFile.close')}
        </button>
      </header>
      {'error' in parsed ? (
        <p className="dg-error" role="alert" data-testid="gv-error">
          {t('glossaryFile.invalid', { message: parsed.error })}
        </p>
      ) : (
        <>
          <div className="dg-gsearch">
            <label htmlFor={searchId} className="dg-side-heading">
              {t('glossaryFile.search')}
            </label>
            <input
              id={searchId}
              type="search"
              data-testid="gv-search"
              value={query}
              placeholder={t('glossaryFile.searchPlaceholder')}
              spellCheck={false}
              autoFocus
              onChange={(e) => setQuery(e.target.value)}
            />
            <span className="dg-muted" data-testid="gv-count" data-count={parsed.rows.length}>
              {t('glossaryFile.count', { count: parsed.rows.length })}
            </span>
          </div>
          <div aria-live="polite">
            {parsed.rows.length === 0 && <p className="dg-muted">{t('glossaryFile.empty')}</p>}
            {parsed.rows.length > 0 && matching.length === 0 && (
              <p className="dg-muted" data-testid="gv-no-results">
                {t('glossaryFile.noResults', { text: deferred.trim() })}
              </p>
            )}
            {matching.length > ROW_LIMIT && (
              <p className="dg-muted">{t('glossaryFile.shown', { shown: ROW_LIMIT, count: matching.length })}</p>
            )}
          </div>
          {matching.length > 0 && (
            <table className="dg-gtable" data-testid="gv-table">
              <thead>
                <tr>
                  <th scope="col">{t('glossaryFile.colRo')}</th>
                  <th scope="col">{t('glossaryFile.colEn')}</th>
                  <th scope="col">{t('glossaryFile.colNote')}</th>
                </tr>
              </thead>
              <tbody>
                {matching.slice(0, ROW_LIMIT).map(({ concept }) => (
                  <tr key={concept.id} data-testid="gv-row" data-concept={concept.id}>
                    <td lang="ro" translate="no">
                      <Terms terms={concept.terms['ro'] ?? []} />
                    </td>
                    <td lang="en" translate="no">
                      <Terms terms={concept.terms['en'] ?? []} />
                    </td>
                    <td translate="no">{concept.note ?? concept.definition ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </main>
  );
}

/** Terms separated by commas; deprecated and forbidden ones struck through, as in the glossary panel. */
function Terms({ terms }: { terms: readonly Term[] }) {
  return (
    <>
      {terms.map((term, i) => {
        const bad = term.status === 'deprecated' || term.status === 'forbidden';
        return (
          <span key={i} className={`dg-gst-${term.status}`} data-status={term.status}>
            {i > 0 && ', '}
            {bad ? <s>{term.text}</s> : term.text}
          </span>
        );
      })}
    </>
  );
}
