import { useCallback, useId, useSyncExternalStore, type ReactNode } from 'react';
import type { SegmentNotes } from '../editor/notes.js';
import { useT } from '../i18n/i18n.js';

/** Props of {@link NotesPanel}. */
export interface NotesPanelProps {
  notes: SegmentNotes;
  /** The active segment: its id and 1-based number. */
  segmentId: string | undefined;
  segmentNumber: number;
  /** What else the panel says about the active segment (where its draft came from, its repetitions). */
  details?: ReactNode;
}

/**
 * The active segment's note (issue 13): a text field saved through autosave
 * as the user types (an emptied field removes the note), plus what the
 * workbench knows about the segment's draft.
 */
export function NotesPanel({ notes, segmentId, segmentNumber, details }: NotesPanelProps) {
  const { t } = useT();
  const fieldId = useId();
  useSyncExternalStore(
    useCallback((cb: () => void) => notes.subscribe(cb), [notes]),
    () => notes.revision,
  );
  const value = segmentId ? notes.get(segmentId) : '';
  return (
    <div className="dg-notes" data-testid="notes-panel" role="region" aria-label={t('segments.notes.title')}>
      <label htmlFor={fieldId} className="dg-side-heading">
        {t('segments.notes.label', { n: segmentNumber })}
      </label>
      <textarea
        id={fieldId}
        data-testid="segment-note"
        data-segment={segmentId}
        value={value}
        rows={5}
        maxLength={20_000}
        disabled={!segmentId}
        placeholder={t('segments.notes.placeholder')}
        onChange={(e) => {
          if (segmentId) notes.set(segmentId, e.target.value);
        }}
      />
      <p className="dg-muted">{t('segments.notes.hint')}</p>
      {details}
    </div>
  );
}
