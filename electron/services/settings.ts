import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import {
  recentProjectSchema,
  uiLanguageSchema,
  DICTIONARY_LIMIT,
  type RecentProject,
  type UiLanguage,
} from '../../shared/api/workbenchApi.js';
import { changeWords } from '../../shared/model/dictionary.js';
import { ServiceError } from './serviceError.js';

/** How many recent projects are remembered. */
export const MAX_RECENT = 10;

const settingsFileSchema = z.object({
  format: z.literal('dragoman-settings'),
  version: z.literal(1),
  uiLanguage: uiLanguageSchema.nullable().default(null),
  recent: z.array(recentProjectSchema).default([]),
  /** The user's own words for the spelling check ("Add to my dictionary"), sorted; every project accepts them. */
  dictionary: z.array(z.string().min(1).max(100)).max(DICTIONARY_LIMIT).default([]),
});
type SettingsFile = z.infer<typeof settingsFileSchema>;

function empty(): SettingsFile {
  return { format: 'dragoman-settings', version: 1, uiLanguage: null, recent: [], dictionary: [] };
}

/**
 * The user's settings: UI language, recent projects and own dictionary, kept in
 * `<dataDir>/settings.json` and written atomically on every change. A missing
 * or unreadable file means defaults (settings are a convenience; losing them
 * must never stop the app from starting); an unreadable one is reported once
 * through `warn` and replaced on the next change.
 */
export class Settings {
  private data: SettingsFile = empty();
  private loaded = false;
  readonly file: string;

  constructor(
    dataDir: string,
    private readonly warn: (message: string) => void = () => {},
  ) {
    this.file = join(dataDir, 'settings.json');
  }

  private async load(): Promise<SettingsFile> {
    if (this.loaded) return this.data;
    this.loaded = true;
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
        this.warn(`${this.file}: ${(err as Error).message}; using defaults.`);
      return this.data;
    }
    try {
      this.data = settingsFileSchema.parse(JSON.parse(text));
    } catch (err) {
      this.warn(`${this.file} is not valid (${(err as Error).message.split('\n')[0]}); using defaults.`);
    }
    return this.data;
  }

  private async save(): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, `${JSON.stringify(this.data, null, 2)}\n`, { encoding: 'utf8' });
  }

  /** The language the user chose, or null when they never chose one. */
  async uiLanguage(): Promise<UiLanguage | null> {
    return (await this.load()).uiLanguage;
  }

  async setUiLanguage(language: UiLanguage): Promise<void> {
    await this.load();
    this.data.uiLanguage = language;
    await this.save();
  }

  /** Most recent first. */
  async recent(): Promise<RecentProject[]> {
    return [...(await this.load()).recent];
  }

  /** Puts a project at the top of the recent list (once), keeping MAX_RECENT. */
  async touchRecent(entry: RecentProject): Promise<void> {
    await this.load();
    this.data.recent = [entry, ...this.data.recent.filter((r) => r.path !== entry.path)].slice(0, MAX_RECENT);
    await this.save();
  }

  /** The user's own spelling words, sorted. */
  async dictionary(): Promise<string[]> {
    return [...(await this.load()).dictionary];
  }

  /**
   * Takes `remove` out of the user's dictionary and adds `add` (a word
   * already there, in any case, is not added twice); written at once.
   * Returns the new list, sorted.
   */
  async changeDictionary(add: readonly string[], remove: readonly string[]): Promise<string[]> {
    await this.load();
    const words = changeWords(this.data.dictionary, add, remove);
    if (words.length > DICTIONARY_LIMIT)
      throw new ServiceError(
        'invalid-input',
        `Your dictionary holds ${DICTIONARY_LIMIT} words at most; remove some in the findings panel's Settings first. ${this.file} was not changed.`,
        { file: this.file },
      );
    this.data.dictionary = words;
    await this.save();
    return [...this.data.dictionary];
  }
}
