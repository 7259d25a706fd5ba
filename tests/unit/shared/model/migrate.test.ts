import { describe, it, expect } from 'vitest';
import { migrate, MigrationError, type Migration } from '../../../../shared/model/migrations/migrate.js';

// A made-up history: v1 had "title", v2 renamed it to "name", v3 added "tags".
const table: Migration[] = [
  { from: 2, up: (doc) => ({ ...doc, tags: [] }) },
  {
    from: 1,
    up: ({ title, ...rest }) => ({ ...rest, name: title }),
  },
];

describe('migrate', () => {
  it('applies every step from the file version up, in order, whatever the table order', () => {
    expect(migrate({ version: 1, title: 'Știri' }, table, 3)).toEqual({ version: 3, name: 'Știri', tags: [] });
  });

  it('starts at the file version, skipping earlier steps', () => {
    expect(migrate({ version: 2, name: 'Raport' }, table, 3)).toEqual({ version: 3, name: 'Raport', tags: [] });
  });

  it('leaves a current document as it is', () => {
    const doc = { version: 3, name: 'Lege', tags: ['drept'] };
    expect(migrate(doc, table, 3)).toEqual(doc);
  });

  it('refuses a file from a newer app and says so', () => {
    let caught: unknown;
    try {
      migrate({ version: 4 }, table, 3);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(MigrationError);
    expect((caught as MigrationError).problem).toEqual({ kind: 'newer', found: 4, current: 3 });
    expect((caught as Error).message).toContain('newer Dragoman');
  });

  it('refuses missing or non-integer versions and non-objects', () => {
    expect(() => migrate({ name: 'x' }, table, 3)).toThrow(/"version" must be a whole number/);
    expect(() => migrate({ version: '1' }, table, 3)).toThrow(/"version" must be a whole number/);
    expect(() => migrate({ version: 1.5 }, table, 3)).toThrow(MigrationError);
    expect(() => migrate([1], table, 3)).toThrow(/not a JSON object/);
  });

  it('reports a gap in the table instead of skipping a step', () => {
    expect(() => migrate({ version: 1, title: 'x' }, [table[0]!], 3)).toThrow(
      /no migration from file format version 1/,
    );
  });
});
