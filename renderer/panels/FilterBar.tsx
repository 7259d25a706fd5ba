import { useId } from 'react';
import type { FilterChoice, FindingsFilter, MatchFilter, StatusFilter } from '../editor/segmentFilter.js';
import { useT } from '../i18n/i18n.js';

/** Props of {@link FilterBar}. */
export interface FilterBarProps {
  choice: FilterChoice;
  onChoice(choice: FilterChoice): void;
  /** How many segments the filter shows, and of how many. */
  shown: number;
  total: number;
}

const STATUSES: readonly StatusFilter[] = ['all', 'unconfirmed', 'untranslated', 'draft', 'translated', 'reviewed'];
const FINDINGS: readonly FindingsFilter[] = ['all', 'error', 'warning', 'none'];
const MATCHES: readonly MatchFilter[] = ['all', 'exact', 'fuzzy', 'repetition', 'none'];

/**
 * The segment filter above the panes (issue 13): status, findings and match
 * type. The panes hide the other segments; line numbers stay the segments'
 * own, so "segment 12" means the same with and without a filter.
 */
export function FilterBar({ choice, onChoice, shown, total }: FilterBarProps) {
  const { t } = useT();
  const id = useId();
  const filtering = choice.status !== 'all' || choice.findings !== 'all' || choice.match !== 'all';
  return (
    <div className="dg-filterbar" role="group" aria-label={t('segments.filter.label')} data-testid="filter-bar">
      <label htmlFor={`${id}-status`}>{t('segments.filter.status')}</label>
      <select
        id={`${id}-status`}
        data-testid="filter-status"
        value={choice.status}
        onChange={(e) => onChoice({ ...choice, status: e.target.value as StatusFilter })}
      >
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`segments.filter.statuses.${s}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-findings`}>{t('segments.filter.findings')}</label>
      <select
        id={`${id}-findings`}
        data-testid="filter-findings"
        value={choice.findings}
        onChange={(e) => onChoice({ ...choice, findings: e.target.value as FindingsFilter })}
      >
        {FINDINGS.map((f) => (
          <option key={f} value={f}>
            {t(`segments.filter.findingsChoices.${f}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-match`}>{t('segments.filter.match')}</label>
      <select
        id={`${id}-match`}
        data-testid="filter-match"
        value={choice.match}
        onChange={(e) => onChoice({ ...choice, match: e.target.value as MatchFilter })}
      >
        {MATCHES.map((m) => (
          <option key={m} value={m}>
            {t(`segments.filter.matches.${m}`)}
          </option>
        ))}
      </select>
      {filtering && (
        <>
          <span className="dg-muted" data-testid="filter-count" data-shown={shown} role="status">
            {t('segments.filter.count', { shown, total })}
          </span>
          <button
            type="button"
            data-testid="filter-clear"
            onClick={() => onChoice({ status: 'all', findings: 'all', match: 'all' })}
          >
            {t('segments.filter.clear')}
          </button>
        </>
      )}
    </div>
  );
}
