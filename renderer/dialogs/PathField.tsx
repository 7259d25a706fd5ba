import { useEffect, useId, useRef, useState } from 'react';
import type { ApiOutput, WorkbenchApi } from '../../shared/api/workbenchApi.js';
import { isAbsolutePath } from '../../shared/api/workbenchApi.js';
import { useT } from '../i18n/i18n.js';

type Entry = ApiOutput<'completePath'>['entries'][number];

/** Props of {@link PathField}. */
export interface PathFieldProps {
  api: WorkbenchApi;
  value: string;
  onChange(value: string): void;
  /** What the completion lists: folders and glossary files, or everything. */
  kind: 'glossary' | 'any';
  label: string;
  testId: string;
  autoFocus?: boolean;
}

/** Typing pauses this long before the backend is asked for completions. */
const COMPLETE_DELAY_MS = 120;

/** The separator a folder entry gets when picked, in the path's own style. */
function separatorOf(path: string): string {
  return path.includes('\\') && !path.includes('/') ? '\\' : '/';
}

/**
 * Browser mode's file chooser: a text field for a full path with a list of
 * the matching folders and files (WorkbenchApi.completePath) under it, a
 * combobox as ARIA describes one. ↓/↑ move in the list, Enter or Tab takes
 * the highlighted entry (a folder then lists its contents), Escape closes the
 * list without closing the dialog around it.
 */
export function PathField({ api, value, onChange, kind, label, testId, autoFocus }: PathFieldProps) {
  const { t } = useT();
  const id = useId();
  const listId = `${id}-list`;
  const [entries, setEntries] = useState<Entry[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open || !isAbsolutePath(value) || value.includes('\0')) {
      setEntries([]);
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      api.completePath({ prefix: value, kind }).then(
        (r) => {
          if (!live) return;
          setEntries(r.entries);
          setActive(-1);
        },
        // A path the backend cannot list simply has no completions.
        () => live && setEntries([]),
      );
    }, COMPLETE_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [api, value, kind, open]);

  const pick = (e: Entry) => {
    onChange(e.dir ? e.path + separatorOf(e.path) : e.path);
    // A folder keeps the list open on its contents; a file is the answer.
    setOpen(e.dir);
    input.current?.focus();
  };

  const shown = open && entries.length > 0;
  return (
    <div className="dg-pathfield">
      <label className="dg-field" htmlFor={id}>
        <span>{label}</span>
      </label>
      <input
        id={id}
        ref={input}
        data-testid={testId}
        value={value}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-describedby={`${id}-hint`}
        {...(shown && active >= 0 ? { 'aria-activedescendant': `${id}-opt-${active}` } : {})}
        autoFocus={autoFocus}
        spellCheck={false}
        autoComplete="off"
        translate="no"
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
        }}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            if (!open) setOpen(true);
            else setActive((a) => Math.min(entries.length - 1, a + 1));
          } else if (e.key === 'ArrowUp' && shown) {
            e.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if ((e.key === 'Enter' || e.key === 'Tab') && shown && !e.shiftKey) {
            const choice = entries[active >= 0 ? active : 0];
            // Tab with a single candidate (or a highlighted one) completes, as a shell does; otherwise it moves on.
            if (choice && (active >= 0 || e.key === 'Tab')) {
              e.preventDefault();
              pick(choice);
            }
          } else if (e.key === 'Tab' && !open && !e.shiftKey && isAbsolutePath(value)) {
            // The first Tab in a typed path opens the list, as the hint says.
            e.preventDefault();
            setOpen(true);
          } else if (e.key === 'Escape' && shown) {
            e.preventDefault();
            e.stopPropagation();
            setOpen(false);
          }
        }}
      />
      <span id={`${id}-hint`} className="dg-muted dg-hint">
        {t('glossaries.pathHint')}
      </span>
      <ul
        id={listId}
        role="listbox"
        aria-label={t('glossaries.suggestions')}
        className="dg-suggestions"
        data-testid={`${testId}-suggestions`}
        hidden={!shown}
      >
        {entries.map((e, i) => (
          <li
            key={e.path}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            data-testid="path-suggestion"
            data-dir={e.dir}
            className={i === active ? 'dg-active' : undefined}
            // mousedown, not click: the input must not lose the focus (its blur closes the list).
            onMouseDown={(ev) => {
              ev.preventDefault();
              pick(e);
            }}
          >
            <span translate="no">{e.path.slice(Math.max(e.path.lastIndexOf('/'), e.path.lastIndexOf('\\')) + 1)}</span>
            {e.dir && <span className="dg-muted"> ({t('glossaries.folder')})</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
