import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../i18n/i18n.js';

/** The side panel's tabs. */
export type SideTab = 'findings' | 'glossary' | 'matches' | 'notes';

const ALL_TABS: readonly SideTab[] = ['findings', 'glossary', 'matches', 'notes'];

/** Props of {@link SidePanel}. Tab and collapsed state are the panel's own unless the host passes them. */
export interface SidePanelProps {
  /** The findings panel (FindingsPanel). */
  findings: ReactNode;
  /** The glossary panel (GlossaryPanel). */
  glossary: ReactNode;
  /** The memory matches panel (MatchesPanel); no tab without it. */
  matches?: ReactNode;
  /** Shown on the Memory tab (the active segment's best score), so a match is seen from any tab. */
  matchesBadge?: ReactNode;
  /** The segment notes panel (NotesPanel); no tab without it. */
  notes?: ReactNode;
  /** The number on the Findings tab's badge (e.g. errors + warnings). */
  findingsCount: number;
  /** Controlled tab (e.g. the host switches to the glossary on a shortcut). */
  tab?: SideTab;
  onTab?(tab: SideTab): void;
  /** Controlled collapsed state. */
  collapsed?: boolean;
  onCollapsedChange?(collapsed: boolean): void;
}

/**
 * The panel to the right of the panes: Findings and Glossary tabs (a
 * WAI-ARIA tablist: arrows, Home and End move between tabs) and a button
 * that folds it to a narrow strip. Both tab panels stay mounted, so the
 * glossary search and the findings filters survive a tab switch.
 */
export function SidePanel({
  findings,
  glossary,
  matches,
  matchesBadge,
  notes,
  findingsCount,
  tab: tabProp,
  onTab,
  collapsed: collapsedProp,
  onCollapsedChange,
}: SidePanelProps) {
  const { t } = useT();
  const base = useId();
  const [ownTab, setOwnTab] = useState<SideTab>('findings');
  const [ownCollapsed, setOwnCollapsed] = useState(false);
  const tab = tabProp ?? ownTab;
  const collapsed = collapsedProp ?? ownCollapsed;
  const content: Record<SideTab, ReactNode> = { findings, glossary, matches, notes };
  const TABS = ALL_TABS.filter((which) => content[which] !== undefined);
  const tabRefs = useRef<Partial<Record<SideTab, HTMLButtonElement | null>>>({});

  const choose = (next: SideTab, focus = false) => {
    setOwnTab(next);
    onTab?.(next);
    if (focus) tabRefs.current[next]?.focus();
  };
  const setCollapsed = (next: boolean) => {
    setOwnCollapsed(next);
    onCollapsedChange?.(next);
  };

  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = TABS.indexOf(tab);
    const next =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? TABS[(i + 1) % TABS.length]
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? TABS[(i + TABS.length - 1) % TABS.length]
          : e.key === 'Home'
            ? TABS[0]
            : e.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    e.preventDefault();
    choose(next, true);
  };

  const label = (which: SideTab) =>
    which === 'findings'
      ? t('sidePanel.findings')
      : which === 'glossary'
        ? t('sidePanel.glossary')
        : which === 'matches'
          ? t('memory.panel.tab')
          : t('segments.notes.tab');

  return (
    <aside
      className="dg-side"
      data-testid="side-panel"
      data-collapsed={collapsed}
      data-tab={tab}
      aria-label={t('sidePanel.label')}
    >
      <div className="dg-side-head">
        <button
          type="button"
          className="dg-side-toggle"
          data-testid="side-toggle"
          aria-expanded={!collapsed}
          aria-controls={`${base}-body`}
          title={collapsed ? t('sidePanel.show') : t('sidePanel.hide')}
          aria-label={collapsed ? t('sidePanel.show') : t('sidePanel.hide')}
          onClick={() => setCollapsed(!collapsed)}
        >
          <span aria-hidden="true">{collapsed ? '«' : '»'}</span>
        </button>
        {collapsed ? (
          findingsCount > 0 && (
            <span
              className="dg-badge"
              data-testid="side-findings-badge"
              title={t('sidePanel.badge', { count: findingsCount })}
            >
              {findingsCount}
            </span>
          )
        ) : (
          <div className="dg-side-tabs" role="tablist" aria-label={t('sidePanel.tabs')} onKeyDown={onTabKey}>
            {TABS.map((which) => (
              <button
                key={which}
                ref={(el) => {
                  tabRefs.current[which] = el;
                }}
                type="button"
                role="tab"
                id={`${base}-tab-${which}`}
                aria-controls={`${base}-panel-${which}`}
                aria-selected={tab === which}
                tabIndex={tab === which ? 0 : -1}
                className="dg-side-tab"
                data-testid={`side-tab-${which}`}
                onClick={() => choose(which)}
              >
                {label(which)}
                {which === 'matches' && matchesBadge}
                {which === 'findings' && findingsCount > 0 && (
                  <span
                    className="dg-badge"
                    data-testid="side-findings-badge"
                    data-count={findingsCount}
                    title={t('sidePanel.badge', { count: findingsCount })}
                  >
                    {findingsCount}
                  </span>
                )}
              </button>
            ))}
          </div>
        )}
      </div>
      <div className="dg-side-body" id={`${base}-body`} hidden={collapsed}>
        {TABS.map((which) => (
          <div
            key={which}
            role="tabpanel"
            id={`${base}-panel-${which}`}
            aria-labelledby={`${base}-tab-${which}`}
            className="dg-side-panel"
            hidden={tab !== which}
          >
            {content[which]}
          </div>
        ))}
      </div>
    </aside>
  );
}
