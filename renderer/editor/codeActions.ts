/**
 * Quick fixes in the draft: a code action provider that turns the Dragoman
 * markers under the cursor (context.markers, as Monaco's own language
 * features do) back into findings and offers their fixes, plus "Ignore this
 * finding" and "Turn off <check> for this project", which run the host's
 * callbacks through two registered commands.
 */
import { monaco } from './monaco.js';
import type { MarkerSync } from './markerSync.js';
import {
  ADD_PROJECT_WORD_COMMAND,
  ADD_USER_WORD_COMMAND,
  DISABLE_CHECK_COMMAND,
  IGNORE_FINDING_COMMAND,
  quickFixesFor,
} from './quickFixes.js';
import { DRAFT_LANGUAGE } from './languages.js';

/** What the host does when the user picks a command action. */
export interface CodeActionCallbacks {
  /** Adds the finding to the project's ignore list. */
  onIgnore(findingId: string): void;
  /** Turns the check off in the project settings. */
  onDisableCheck(checkId: string): void;
  /** Adds a word to the project's spelling dictionary. */
  onAddProjectWord(word: string): void;
  /** Adds a word to the user's own spelling dictionary. */
  onAddUserWord(word: string): void;
  /**
   * The replacements for a misspelt word, asked when the menu opens: the
   * worker's spelling findings carry none (computing them for every unknown
   * word of a document took minutes). Without it the menu offers the
   * finding's own fixes only.
   */
  suggest?(word: string): Promise<string[]>;
}

/** Registers the draft's quick fixes and their commands; dispose to remove both. */
export function registerCodeActions(
  target: monaco.editor.ITextModel,
  markers: MarkerSync,
  callbacks: CodeActionCallbacks,
): monaco.IDisposable {
  const disposables: monaco.IDisposable[] = [
    // Commands are global in Monaco; one workbench installs them once per open project.
    monaco.editor.registerCommand(IGNORE_FINDING_COMMAND, (_accessor: unknown, id: unknown) => {
      if (typeof id === 'string') callbacks.onIgnore(id);
    }),
    monaco.editor.registerCommand(DISABLE_CHECK_COMMAND, (_accessor: unknown, id: unknown) => {
      if (typeof id === 'string') callbacks.onDisableCheck(id);
    }),
    monaco.editor.registerCommand(ADD_PROJECT_WORD_COMMAND, (_accessor: unknown, word: unknown) => {
      if (typeof word === 'string') callbacks.onAddProjectWord(word);
    }),
    monaco.editor.registerCommand(ADD_USER_WORD_COMMAND, (_accessor: unknown, word: unknown) => {
      if (typeof word === 'string') callbacks.onAddUserWord(word);
    }),
    monaco.languages.registerCodeActionProvider(
      DRAFT_LANGUAGE,
      {
        async provideCodeActions(model, _range, context) {
          if (model !== target) return undefined;
          const actions: monaco.languages.CodeAction[] = [];
          // Two findings of one check under the cursor: one "turn off" entry; one "add" entry per word.
          const offered = new Set<string>();
          for (const marker of context.markers) {
            const marked = markers.findingFor(marker);
            if (!marked) continue;
            let finding = marked;
            const range = finding.range;
            if (finding.check === 'spelling' && !finding.fixes?.length && range && callbacks.suggest) {
              const word = finding.params['word'];
              const found = typeof word === 'string' ? await callbacks.suggest(word).catch(() => []) : [];
              if (found.length > 0) {
                finding = {
                  ...finding,
                  fixes: found.map((replacement) => ({ range, replacement, labelKey: 'fix.replace' })),
                };
              }
            }
            const line = marker.startLineNumber;
            // Offer edits only while the line reads as it did when checked; the commands always apply.
            const current = markers.isCurrent(finding.segmentId);
            for (const fix of quickFixesFor(finding, model.getLineContent(line))) {
              if (fix.edits && !current) continue;
              if (fix.command && fix.command.id !== IGNORE_FINDING_COMMAND) {
                const key = `${fix.command.id}\n${fix.command.arguments[0]}`;
                if (offered.has(key)) continue;
                offered.add(key);
              }
              const action: monaco.languages.CodeAction = {
                title: fix.title,
                kind: fix.kind,
                isPreferred: fix.isPreferred,
                diagnostics: [marker],
              };
              if (fix.edits)
                action.edit = {
                  edits: fix.edits.map((e) => ({
                    resource: model.uri,
                    versionId: model.getVersionId(),
                    textEdit: { range: new monaco.Range(line, e.startColumn, line, e.endColumn), text: e.text },
                  })),
                };
              if (fix.command)
                action.command = { id: fix.command.id, title: fix.title, arguments: fix.command.arguments };
              actions.push(action);
            }
          }
          return { actions, dispose() {} };
        },
      },
      { providedCodeActionKinds: ['quickfix'] },
    ),
  ];
  return { dispose: () => disposables.forEach((d) => d.dispose()) };
}
