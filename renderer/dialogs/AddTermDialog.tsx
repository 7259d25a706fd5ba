import { useEffect, useRef, useState } from 'react';
import { LIMITS, type NewConcept } from '../../shared/api/workbenchApi.js';
import type { TermStatus } from '../../shared/model/glossary.js';
import { errorText } from '../api/errorText.js';
import { useT } from '../i18n/i18n.js';
import { fileName } from '../panels/glossaryModel.js';
import type { TermSuggestion } from '../workers/protocol.js';
import {
  ENTRY_KINDS,
  TERM_STATUSES,
  conceptOf,
  formProblem,
  initialForm,
  offersTransliteration,
  type AddTermForm,
  type EntryKind,
} from './addTermModel.js';
import { Modal } from './Modal.js';

/** Props of {@link AddTermDialog}. */
export interface AddTermDialogProps {
  /** The worker's prefill (query `suggestTerm`). */
  suggestion: TermSuggestion;
  /** The Romanian text as selected ("Minskului"), shown under the base form when it differs. */
  selection?: string;
  /** The project's glossary files; a choice is offered when there is more than one. */
  glossaries: readonly string[];
  /**
   * Writes the entry (WorkbenchApi.addGlossaryEntry). Resolve once written
   * and close the dialog; reject to keep it open with the error shown.
   */
  onSave(concept: NewConcept, glossary?: string): Promise<void>;
  onCancel(): void;
}

/**
 * Adds a glossary entry from the editor's selections: the Romanian base
 * form, the English term, its kind and status, a note, and for names the
 * transliteration as a one-click suggestion.
 */
export function AddTermDialog({ suggestion, selection, glossaries, onSave, onCancel }: AddTermDialogProps) {
  const { t } = useT();
  const [form, setForm] = useState<AddTermForm>(() => initialForm(suggestion));
  const [glossary, setGlossary] = useState(glossaries[0] ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const roInput = useRef<HTMLInputElement>(null);
  const enInput = useRef<HTMLInputElement>(null);
  const mounted = useRef(true);
  useEffect(() => {
    // After Modal's showModal() (a child effect runs first), which focuses the
    // first field: with the Romanian prefilled, the English is what to type.
    (form.ro.trim() ? enInput : roInput).current?.focus();
    return () => {
      mounted.current = false;
    };
    // Once, on opening.
  }, []);

  const set = <K extends keyof AddTermForm>(key: K, value: AddTermForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const problem = formProblem(form);
  const translit = suggestion.transliteration?.trim();
  const existing = suggestion.existing;
  const hint = selection?.trim();

  const save = async () => {
    setTried(true);
    if (problem || saving) return;
    setSaving(true);
    setError(null);
    try {
      await onSave(conceptOf(form), glossaries.length > 0 ? glossary : undefined);
    } catch (err) {
      if (mounted.current) setError(errorText(err, t));
    } finally {
      if (mounted.current) setSaving(false);
    }
  };

  return (
    <Modal title={t('addTerm.title')} testId="add-term-dialog" onClose={onCancel} required={saving}>
      <form
        className="dg-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {existing && (
          <p className="dg-warning" role="note" data-testid="add-term-existing">
            {t('addTerm.existing', {
              ro: existing.ro[0]?.text ?? form.ro,
              en:
                existing.en.map((x) => `${x.text} (${t(`intelligence.hover.${x.status}`)})`).join(', ') ||
                t('addTerm.existingNone'),
            })}
          </p>
        )}
        <label className="dg-field">
          <span>{t('addTerm.ro')}</span>
          <input
            data-testid="add-term-ro"
            lang="ro"
            value={form.ro}
            disabled={saving}
            spellCheck={false}
            aria-invalid={tried && problem === 'roRequired'}
            ref={roInput}
            onChange={(e) => set('ro', e.target.value)}
          />
        </label>
        {hint && hint !== form.ro.trim() && (
          <small className="dg-muted dg-add-term-hint" data-testid="add-term-selection">
            {t('addTerm.selected', { text: hint })}
          </small>
        )}
        <label className="dg-field">
          <span>{t('addTerm.en')}</span>
          <input
            ref={enInput}
            data-testid="add-term-en"
            lang="en"
            value={form.en}
            disabled={saving}
            spellCheck={false}
            aria-invalid={tried && problem === 'enRequired'}
            onChange={(e) => set('en', e.target.value)}
          />
        </label>
        {offersTransliteration(form, translit) && (
          <div className="dg-row dg-translit">
            <button
              type="button"
              data-testid="add-term-translit"
              disabled={saving}
              onClick={() => {
                set('en', translit);
                enInput.current?.focus();
              }}
            >
              {t('addTerm.translit', { text: translit })}
            </button>
            <small className="dg-muted">{t('addTerm.translitHint')}</small>
          </div>
        )}
        <div className="dg-row dg-add-term-selects">
          <label className="dg-field">
            <span>{t('addTerm.kind')}</span>
            <select
              data-testid="add-term-type"
              value={form.kind}
              disabled={saving}
              onChange={(e) => set('kind', e.target.value as EntryKind)}
            >
              {ENTRY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`addTerm.kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="dg-field">
            <span>{t('addTerm.status')}</span>
            <select
              data-testid="add-term-status"
              value={form.status}
              disabled={saving}
              onChange={(e) => set('status', e.target.value as TermStatus)}
            >
              {TERM_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`intelligence.hover.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="dg-field">
          <span>{t('addTerm.note')}</span>
          <textarea
            data-testid="add-term-note"
            className="dg-add-term-note"
            value={form.note}
            disabled={saving}
            maxLength={LIMITS.note}
            placeholder={t('addTerm.notePlaceholder')}
            onChange={(e) => set('note', e.target.value)}
          />
        </label>
        {glossaries.length > 1 && (
          <label className="dg-field">
            <span>{t('addTerm.glossary')}</span>
            <select
              data-testid="add-term-glossary"
              value={glossary}
              disabled={saving}
              onChange={(e) => setGlossary(e.target.value)}
            >
              {glossaries.map((g) => (
                <option key={g} value={g} title={g} translate="no">
                  {fileName(g)}
                </option>
              ))}
            </select>
          </label>
        )}
        {glossaries.length === 1 && (
          <p className="dg-muted" title={glossaries[0]}>
            {t('addTerm.glossary')}:{' '}
            <span translate="no" data-testid="add-term-glossary-file">
              {fileName(glossaries[0] ?? '')}
            </span>
          </p>
        )}
        {tried && problem && (
          <p className="dg-error" role="alert" data-testid="add-term-invalid">
            {t(`addTerm.${problem}`)}
          </p>
        )}
        {error && (
          <p className="dg-error" role="alert" data-testid="add-term-error">
            {error}
          </p>
        )}
        <div className="dg-actions">
          <button type="button" data-testid="add-term-cancel" onClick={onCancel} disabled={saving}>
            {t('addTerm.cancel')}
          </button>
          <button type="submit" className="dg-primary" data-testid="add-term-save" disabled={saving}>
            {saving ? t('addTerm.saving') : t('addTerm.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
