/**
 * The editor's language features for issue #4, installed on the two panes at
 * once: findings as markers in the draft, their quick fixes, recognised
 * terms underlined in the source with a glossary hover, and glossary
 * completion in the draft. The host feeds it the check worker's results and
 * answers its questions through callbacks.
 */
import { monaco } from './monaco.js';
import type { IdentifiedFinding } from '../workers/protocol.js';
import { onLanguageChanged } from '../i18n/i18n.js';
import { type CodeActionCallbacks, registerCodeActions } from './codeActions.js';
import { DRAFT_LANGUAGE, SOURCE_LANGUAGE } from './languages.js';
import { MarkerSync } from './markerSync.js';
import { type ConceptLookup, SourceTerms } from './sourceTerms.js';
import { type CompletionLookup, registerTermCompletion } from './termCompletion.js';
import type { TermRange } from './termHover.js';

/** The two panes and the segment ↔ line mapping (segment i is line i + 1 in both). */
export interface IntelligenceEditors {
  source: monaco.editor.IStandaloneCodeEditor;
  target: monaco.editor.IStandaloneCodeEditor;
  /** The segment on a 1-based line, undefined past the end. */
  segmentIdAt(line: number): string | undefined;
  /** The 1-based line of a segment, undefined for an unknown id. */
  lineOf(segmentId: string): number | undefined;
}

/** What the host provides: the quick-fix commands and the worker's answers. */
export interface IntelligenceCallbacks extends CodeActionCallbacks {
  /** The concept of the source term at [start, end) of a segment, for the hover. */
  conceptAt: ConceptLookup;
  /** Completion items for a segment's draft at the typed prefix. */
  complete: CompletionLookup;
}

/** The installed features; feed them results, dispose them with the editor. */
export interface Intelligence {
  /** One segment's current findings (the worker's incremental `findings` message). */
  setFindings(segmentId: string, findings: readonly IdentifiedFinding[]): void;
  /** Every segment's findings (a `full` findings message); segments left out have none. */
  setAllFindings(all: ReadonlyMap<string, readonly IdentifiedFinding[]>): void;
  /** One segment's recognised source terms. */
  setSourceTerms(segmentId: string, ranges: readonly TermRange[]): void;
  /** Every segment's recognised source terms (the worker's `glossary` message); segments left out have none. */
  setAllSourceTerms(all: Iterable<{ segmentId: string; ranges: readonly TermRange[] }>): void;
  /** Shows markers only for segments on lines first..last (see MarkerSync.setWindow). */
  setMarkerWindow(first: number, last: number): void;
  /** Renders the marker messages again in the current UI language (also done on every language change). */
  relabel(): void;
  dispose(): void;
}

let languagesRegistered = false;

/** Registers the two panes' language ids with Monaco (once). */
function registerLanguages(): void {
  if (languagesRegistered) return;
  monaco.languages.register({ id: DRAFT_LANGUAGE });
  monaco.languages.register({ id: SOURCE_LANGUAGE });
  languagesRegistered = true;
}

/**
 * Installs markers, quick fixes, term underlines and hover, and completion on
 * the panes. Sets the panes' models to DRAFT_LANGUAGE and SOURCE_LANGUAGE,
 * which scope the providers to them.
 */
export function installIntelligence(editors: IntelligenceEditors, callbacks: IntelligenceCallbacks): Intelligence {
  const sourceModel = editors.source.getModel();
  const targetModel = editors.target.getModel();
  if (!sourceModel || !targetModel) throw new Error('installIntelligence: both editors need their models first.');
  registerLanguages();
  monaco.editor.setModelLanguage(sourceModel, SOURCE_LANGUAGE);
  monaco.editor.setModelLanguage(targetModel, DRAFT_LANGUAGE);

  const markers = new MarkerSync(targetModel, editors.lineOf, editors.segmentIdAt, (l) =>
    sourceModel.getLineContent(l),
  );
  const terms = new SourceTerms(sourceModel, editors.lineOf, editors.segmentIdAt, callbacks.conceptAt);
  const disposables: monaco.IDisposable[] = [
    registerCodeActions(targetModel, markers, callbacks),
    registerTermCompletion(targetModel, editors.segmentIdAt, callbacks.complete),
  ];
  const stopListening = onLanguageChanged(() => markers.relabel());

  return {
    setFindings: (segmentId, findings) => markers.set(segmentId, findings),
    setAllFindings: (all) => markers.setAll(all),
    setSourceTerms: (segmentId, ranges) => terms.set(segmentId, ranges),
    setAllSourceTerms: (all) => terms.setAll(all),
    setMarkerWindow: (first, last) => markers.setWindow(first, last),
    relabel: () => markers.relabel(),
    dispose() {
      stopListening();
      disposables.forEach((d) => d.dispose());
      markers.dispose();
      terms.dispose();
    },
  };
}
