/**
 * The words for a glossary reload (issue 9, §4): the changes colleagues made
 * since the files were last loaded, per file, as the check worker counted
 * them (workers/glossaryDiff.ts).
 */
import type { Translate } from '../i18n/keys.js';
import type { GlossaryLoad } from '../workers/protocol.js';
import { fileName } from './glossaryModel.js';

/**
 * What a reload is worth saying: per changed file, how many concepts others
 * added, changed and deleted (the app's own edits left out); a file whose
 * only changes were the app's own says nothing; a file the worker could not
 * compare (unreadable or broken at its last load) says it was reloaded.
 */
export function reloadNotice(result: GlossaryLoad, t: Translate): string | undefined {
  const parts: string[] = [];
  const plain: string[] = [];
  for (const f of result.files) {
    if (f.unchanged) continue;
    const c = result.changes?.find((x) => x.path === f.path);
    if (!c) plain.push(fileName(f.path));
    else if (c.added + c.changed + c.deleted > 0)
      parts.push(
        t('glossary.colleagues', { file: fileName(f.path), added: c.added, changed: c.changed, deleted: c.deleted }),
      );
  }
  if (plain.length) parts.push(t('glossary.reloaded', { file: plain.join(', ') }));
  return parts.length ? parts.join(' ') : undefined;
}
