import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { GlossaryFileView as GlossaryFile, WorkbenchApi } from '../../shared/api/workbenchApi.js';
import { StandaloneGlossary } from '../editor/standaloneGlossary.js';
import { useT } from '../i18n/i18n.js';
import type { CheckPort } from '../workers/checkClient.js';
import type { GlossaryRowsQuery } from '../workers/protocol.js';
import CheckWorker from '../workers/check.worker.ts?worker';
import { GlossaryView } from './GlossaryView.js';
import { fileName } from './glossaryModel.js';

/** Props of {@link GlossaryFileView}. */
export interface GlossaryFileViewProps {
  api: WorkbenchApi;
  file: GlossaryFile;
  /** Opens the export form for this glossary. */
  onExport(): void;
  onClose(): void;
  onError(err: unknown): void;
}

/**
 * A glossary opened by itself (a double-clicked .tbx, the Open dialog,
 * `npm run web -- file.tbx`): its name, Export… and Close over the same
 * glossary view a project has (filter in both languages ignoring case and
 * diacritics and by inflected form, sort, inline edits through the store).
 */
export function GlossaryFileView({ api, file, onExport, onClose, onError }: GlossaryFileViewProps) {
  const { t } = useT();
  const [session, setSession] = useState<StandaloneGlossary | null>(null);
  useEffect(() => {
    const s = new StandaloneGlossary({
      api,
      file,
      // A Worker is a CheckPort; only its onmessage parameter type is wider than the port's.
      createPort: () => new CheckWorker() as unknown as CheckPort,
      onError,
    });
    setSession(s);
    return () => s.dispose();
    // onError is left out on purpose: a new callback must not restart the worker.
  }, [api, file]);

  return (
    <main className="dg-gfile" data-testid="glossary-file" aria-label={t('glossaryFile.label')}>
      <header className="dg-gfile-head">
        <h2>
          <span className="dg-muted">{t('glossaryFile.opened')}</span>{' '}
          <span translate="no" title={file.path} data-testid="gf-name">
            {fileName(file.path)}
          </span>
        </h2>
        <span className="dg-spacer" />
        <button type="button" data-testid="gf-export" onClick={onExport}>
          {t('glossaryFile.export')}
        </button>
        <button type="button" data-testid="gf-close" onClick={onClose}>
          {t('glossaryFile.close')}
        </button>
      </header>
      <div className="dg-stage">{session && <SessionView session={session} />}</div>
    </main>
  );
}

function SessionView({ session }: { session: StandaloneGlossary }) {
  const revision = useSyncExternalStore(
    useCallback((cb: () => void) => session.client.onGlossary(cb), [session]),
    () => session.client.glossaryInfo.revision,
  );
  const rows = useCallback((q: GlossaryRowsQuery) => session.client.query({ kind: 'glossaryRows', ...q }), [session]);
  return <GlossaryView rows={rows} revision={revision} edits={session.edits} source="ro" target="en" />;
}
