import { readFileSync } from 'node:fs';

/**
 * Runs `fn` and returns the error it throws, which must be an instance of
 * `type`; any other outcome fails the test.
 */
export function thrownBy<E extends Error>(type: new (...args: never[]) => E, fn: () => unknown): E {
  try {
    fn();
  } catch (err) {
    if (err instanceof type) return err;
    throw err;
  }
  throw new Error(`expected a ${type.name}`);
}

/** The text of a file under tests/fixtures/ (`fixtureText('glossary', 'basic.tbx')`). */
export function fixtureText(folder: string, name: string): string {
  return readFileSync(new URL(`../fixtures/${folder}/${name}`, import.meta.url), 'utf8');
}
