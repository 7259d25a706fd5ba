import { useState } from 'react';
import type { IdentifiedFinding } from '../workers/protocol.js';
import { checkTitle, findingMessage } from '../i18n/checkMessages.js';
import { useT } from '../i18n/i18n.js';
import { Modal } from './Modal.js';

/**
 * Asked on Ctrl+Enter when the segment still has error-level findings (as
 * memoQ and Trados run QA on confirm): lists them and lets the translator go
 * back or confirm anyway, and turn the question off.
 */
export function ConfirmErrorsDialog({
  segment,
  errors,
  onConfirm,
  onCancel,
}: {
  segment: number;
  errors: readonly IdentifiedFinding[];
  onConfirm(dontAskAgain: boolean): void;
  onCancel(dontAskAgain: boolean): void;
}) {
  const { t } = useT();
  const [dontAsk, setDontAsk] = useState(false);
  return (
    <Modal
      title={t('editing.confirmErrors.title', { n: segment })}
      testId="confirm-errors-dialog"
      onClose={() => onCancel(dontAsk)}
    >
      <p>{t('editing.confirmErrors.body', { count: errors.length })}</p>
      <ul className="dg-confirm-errors">
        {errors.map((f) => (
          <li key={f.id} data-testid="confirm-errors-item" data-check={f.check}>
            <strong>{checkTitle(f.check)}</strong>: {findingMessage(f)}
          </li>
        ))}
      </ul>
      <label className="dg-check">
        <input
          type="checkbox"
          data-testid="confirm-errors-dont-ask"
          checked={dontAsk}
          onChange={(e) => setDontAsk(e.target.checked)}
        />
        {t('editing.confirmErrors.dontAsk')}
      </label>
      <div className="dg-actions">
        <button type="button" data-testid="confirm-errors-back" onClick={() => onCancel(dontAsk)} autoFocus>
          {t('editing.confirmErrors.back')}
        </button>
        <button
          type="button"
          className="dg-primary"
          data-testid="confirm-errors-confirm"
          onClick={() => onConfirm(dontAsk)}
        >
          {t('editing.confirmErrors.confirm')}
        </button>
      </div>
    </Modal>
  );
}
