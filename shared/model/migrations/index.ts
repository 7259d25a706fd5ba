import type { Migration } from './migrate.js';

/**
 * Version 1 → 2: `settings.ignoredFindings` held bare finding ids; version 2
 * records who ignored each finding and when. Who and when are unknown for old
 * entries, so they become "". Anything that is not a string is left alone for
 * the schema to report with its field path.
 */
const ignoredFindingsWithAuthor: Migration = {
  from: 1,
  up(doc) {
    const settings = doc['settings'];
    if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return doc;
    const ignored = (settings as Record<string, unknown>)['ignoredFindings'];
    if (!Array.isArray(ignored)) return doc;
    return {
      ...doc,
      settings: {
        ...settings,
        ignoredFindings: ignored.map((id: unknown) => (typeof id === 'string' ? { id, by: '', at: '' } : id)),
      },
    };
  },
};

/**
 * Version 2 → 3: `settings.dictionary` (the project's words for the spelling
 * check) may appear. Nothing to convert: the version only tells an older app,
 * which would drop the words on save, that the file is newer than it.
 */
const spellingDictionary: Migration = { from: 2, up: (doc) => doc };

/**
 * Version 3 → 4: attached translation memories (`memories`), the setting
 * `settings.prefillExact` and a segment's `origin` may appear. Nothing to
 * convert; the version keeps an older app, which would drop them on save,
 * from writing the file.
 */
const translationMemory: Migration = { from: 3, up: (doc) => doc };

/**
 * The migrations of the project file, oldest first. A change to the file
 * format adds one entry (`{ from: n, up: (doc) => … }`) and bumps
 * PROJECT_FORMAT_VERSION.
 */
export const projectMigrations: readonly Migration[] = [
  ignoredFindingsWithAuthor,
  spellingDictionary,
  translationMemory,
];
