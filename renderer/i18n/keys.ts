import type en from './en.json';

/** Dotted paths to the string leaves of a nested catalogue object. */
type LeafPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : LeafPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key of the UI catalogue; en.json is the source, so a misspelt key fails tsc. */
export type I18nKey = LeafPaths<typeof en>;

/** Interpolation values for a message. */
export type I18nParams = Record<string, string | number>;

/** A typed translate function. */
export type Translate = (key: I18nKey, params?: I18nParams) => string;
