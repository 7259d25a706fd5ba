/** Languages the CLI can write check messages in (`--lang`). */
export const MESSAGE_LANGS = ['en', 'ro'] as const;
/** One of MESSAGE_LANGS. */
export type MessageLang = (typeof MESSAGE_LANGS)[number];
