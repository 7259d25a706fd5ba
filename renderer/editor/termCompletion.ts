/**
 * Glossary completion in the draft: asks the host (the check worker) for the
 * renderings that fit the word being typed and lists them in its order, each
 * with the Romanian term it renders; choosing one replaces the typed prefix.
 */
import { monaco } from './monaco.js';
import type { CompletionView } from '../workers/protocol.js';
import { completionEntries, wordPrefixAt } from './completionItems.js';
import { DRAFT_LANGUAGE } from './languages.js';

/** Completion items for the draft of a segment at a typed prefix (may be ""), best first. */
export type CompletionLookup = (segmentId: string, prefix: string) => Promise<CompletionView[]>;

/** Registers the completion provider for the draft model; dispose to remove it. */
export function registerTermCompletion(
  target: monaco.editor.ITextModel,
  segmentIdAt: (line: number) => string | undefined,
  complete: CompletionLookup,
): monaco.IDisposable {
  return monaco.languages.registerCompletionItemProvider(DRAFT_LANGUAGE, {
    async provideCompletionItems(model, position, _context, token) {
      if (model !== target) return undefined;
      const segmentId = segmentIdAt(position.lineNumber);
      if (segmentId === undefined) return undefined;
      const lineText = model.getLineContent(position.lineNumber);
      const prefix = wordPrefixAt(lineText, position.column);
      const views = await complete(segmentId, prefix.text);
      if (token.isCancellationRequested) return undefined;
      const range = new monaco.Range(position.lineNumber, prefix.startColumn, position.lineNumber, prefix.endColumn);
      return {
        suggestions: completionEntries(views, prefix).map((e) => ({
          ...e,
          kind: monaco.languages.CompletionItemKind.Reference,
          range,
        })),
        // The worker does the matching (diacritics folded, Romanian words too), so Monaco asks again as the word grows.
        incomplete: true,
      };
    },
  });
}
