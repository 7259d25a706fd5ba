import { useSyncExternalStore } from 'react';
import { useT } from '../i18n/i18n.js';
import type { I18nKey } from '../i18n/keys.js';

/** Props of {@link Toolbar}. */
export interface ToolbarProps {
  projectName: string | null;
  hasProject: boolean;
  onNew(): void;
  onOpen(): void;
  onRecent(): void;
  onExport(): void;
  onGlossaries(): void;
  onConfirm(): void;
  onCopySource(): void;
  onFont(delta: number): void;
  onShortcuts(): void;
}

/** The main toolbar; every button is also reachable from the keyboard or the menu. */
export function Toolbar(p: ToolbarProps) {
  const { t } = useT();
  return (
    <header className="dg-toolbar" role="toolbar" aria-label={t('toolbar.label')} data-testid="toolbar">
      <strong className="dg-appname">{t('app.name')}</strong>
      {p.projectName && (
        <span className="dg-project" data-testid="project-name" translate="no">
          {p.projectName}
        </span>
      )}
      <button type="button" data-testid="btn-new-project" onClick={p.onNew}>
        <Label long="toolbar.newProject" short="editing.toolbarShort.newProject" />
      </button>
      <button type="button" data-testid="btn-open-project" onClick={p.onOpen}>
        <Label long="toolbar.openProject" short="editing.toolbarShort.openProject" />
      </button>
      <button type="button" data-testid="btn-recent" onClick={p.onRecent}>
        <Label long="toolbar.recent" short="editing.toolbarShort.recent" />
      </button>
      <button type="button" data-testid="btn-export" disabled={!p.hasProject} onClick={p.onExport}>
        <Label long="toolbar.export" short="editing.toolbarShort.export" />
      </button>
      <button type="button" data-testid="btn-glossaries" disabled={!p.hasProject} onClick={p.onGlossaries}>
        {t('toolbar.glossaries')}
      </button>
      <span className="dg-sep" />
      <button type="button" data-testid="btn-confirm" disabled={!p.hasProject} onClick={p.onConfirm}>
        <Label long="toolbar.markTranslated" short="editing.toolbarShort.confirm" />
      </button>
      <button type="button" data-testid="btn-copy-source" disabled={!p.hasProject} onClick={p.onCopySource}>
        <Label long="toolbar.copySource" short="editing.toolbarShort.copySource" />
      </button>
      <span className="dg-spacer" />
      <button
        type="button"
        data-testid="btn-font-smaller"
        aria-label={t('toolbar.fontSmaller')}
        title={t('toolbar.fontSmaller')}
        onClick={() => p.onFont(-1)}
      >
        <span aria-hidden="true">{t('toolbar.fontSmallerShort')}</span>
      </button>
      <button
        type="button"
        data-testid="btn-font-larger"
        aria-label={t('toolbar.fontLarger')}
        title={t('toolbar.fontLarger')}
        onClick={() => p.onFont(1)}
      >
        <span aria-hidden="true">{t('toolbar.fontLargerShort')}</span>
      </button>
      <button type="button" data-testid="btn-shortcuts" onClick={p.onShortcuts}>
        <Label long="toolbar.shortcuts" short="editing.toolbarShort.shortcuts" />
      </button>
    </header>
  );
}

/** The width below which toolbar buttons show their short labels, so the toolbar stays one row at 1024 px. */
const NARROW = '(max-width: 1240px)';

function subscribeNarrow(onChange: () => void): () => void {
  const mq = window.matchMedia(NARROW);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

/**
 * A toolbar button's words: the full label, or a short one when the window is
 * narrow (the full one is then the tooltip), so the toolbar stays one row at
 * 1024 px in both languages.
 */
function Label({ long, short }: { long: I18nKey; short: I18nKey }) {
  const { t } = useT();
  const narrow = useSyncExternalStore(subscribeNarrow, () => window.matchMedia(NARROW).matches);
  return narrow ? <span title={t(long)}>{t(short)}</span> : <>{t(long)}</>;
}
