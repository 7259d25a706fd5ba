/**
 * The numbered-migration runner for versioned JSON files. Each migration
 * lifts a document from version `from` to `from + 1`; the table is passed in
 * so the runner is tested with a table of its own.
 */

/** One step: turns a document of version `from` into one of version `from + 1`. */
export interface Migration {
  from: number;
  /** Returns the upgraded document; must not set `version` (the runner does). */
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

/** Why a document could not be brought to the current version. */
export type MigrationProblem =
  | { kind: 'not-an-object' }
  | { kind: 'bad-version'; found: unknown }
  | { kind: 'newer'; found: number; current: number }
  | { kind: 'missing-step'; from: number };

/** Thrown by {@link migrate}; `problem` says what is wrong in data form. */
export class MigrationError extends Error {
  constructor(
    readonly problem: MigrationProblem,
    message: string,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

/**
 * Brings `json` (a parsed document with a numeric `version`) up to
 * `current` by applying the migrations from its version on, one at a time.
 * A document already at `current` is returned as it is. A version above
 * `current` means a newer app wrote the file: that is refused, never guessed.
 */
export function migrate(json: unknown, migrations: readonly Migration[], current: number): Record<string, unknown> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new MigrationError({ kind: 'not-an-object' }, 'the file is not a JSON object');
  }
  let doc = json as Record<string, unknown>;
  const found = doc['version'];
  if (typeof found !== 'number' || !Number.isInteger(found) || found < 1) {
    throw new MigrationError(
      { kind: 'bad-version', found },
      `"version" must be a whole number from 1 up, not ${JSON.stringify(found) ?? 'missing'}`,
    );
  }
  if (found > current) {
    throw new MigrationError(
      { kind: 'newer', found, current },
      `it was made by a newer Dragoman (file format version ${found}; this version reads up to ${current})`,
    );
  }
  const steps = new Map(migrations.map((m) => [m.from, m]));
  for (let v = found; v < current; v++) {
    const step = steps.get(v);
    if (!step)
      throw new MigrationError({ kind: 'missing-step', from: v }, `no migration from file format version ${v}`);
    doc = { ...step.up(doc), version: v + 1 };
  }
  return doc;
}
