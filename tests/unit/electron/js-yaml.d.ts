// js-yaml ships no types; it is here as a dependency of electron-builder. Only `load` is used.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
