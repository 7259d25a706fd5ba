import { useT } from '../i18n/i18n.js';

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
        {t('toolbar.newProject')}
      </button>
      <button type="button" data-testid="btn-open-project" onClick={p.onOpen}>
        {t('toolbar.openProject')}
      </button>
      <button type="button" data-testid="btn-recent" onClick={p.onRecent}>
        {t('toolbar.recent')}
      </button>
      <button type="button" data-testid="btn-export" disabled={!p.hasProject} onClick={p.onExport}>
        {t('toolbar.export')}
      </button>
      <button type="button" data-testid="btn-glossaries" disabled={!p.hasProject} onClick={p.onGlossaries}>
        {t('toolbar.glossaries')}
      </button>
      <span className="dg-sep" />
      <button type="button" data-testid="btn-confirm" disabled={!p.hasProject} onClick={p.onConfirm}>
        {t('toolbar.markTranslated')}
      </button>
      <button type="button" data-testid="btn-copy-source" disabled={!p.hasProject} onClick={p.onCopySource}>
        {t('toolbar.copySource')}
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
        {t('toolbar.shortcuts')}
      </button>
    </header>
  );
}
