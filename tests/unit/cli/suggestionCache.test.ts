import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSuggestionCache } from '../../../cli/suggestionCache.js';

const fresh = () => join(mkdtempSync(join(tmpdir(), 'dragoman-suggest-')), 'sub', 'spelling-suggestions.json');

describe('the spelling suggestion cache', () => {
  it('keeps suggestions for the next run of the same dictionary', async () => {
    const file = fresh();
    const first = await openSuggestionCache(file, 'dict 1');
    expect(first.get('realy')).toBeUndefined();
    first.set('realy', ['really', 'rely']);
    await first.save();
    expect((await openSuggestionCache(file, 'dict 1')).get('realy')).toEqual(['really', 'rely']);
  });

  it('does not trust a file of another dictionary, a damaged one, or one of another shape', async () => {
    const file = fresh();
    const cache = await openSuggestionCache(file, 'dict 1');
    cache.set('realy', ['really']);
    await cache.save();
    expect((await openSuggestionCache(file, 'dict 2')).get('realy')).toBeUndefined();
    const saved = readFileSync(file, 'utf8');
    writeFileSync(file, saved.slice(0, -5));
    expect((await openSuggestionCache(file, 'dict 1')).get('realy')).toBeUndefined();
    writeFileSync(file, saved.replace('["really"]', '"really"'));
    expect((await openSuggestionCache(file, 'dict 1')).get('realy')).toBeUndefined();
  });

  it('writes nothing when nothing was added, and never throws when it cannot write', async () => {
    const file = fresh();
    await (await openSuggestionCache(file, 'k')).save();
    expect(() => readFileSync(file)).toThrow();
    // The cache "folder" is a file: the write fails, quietly.
    const blocked = join(mkdtempSync(join(tmpdir(), 'dragoman-suggest-')), 'file');
    writeFileSync(blocked, '');
    const cache = await openSuggestionCache(join(blocked, 'spelling-suggestions.json'), 'k');
    cache.set('realy', ['really']);
    await expect(cache.save()).resolves.toBeUndefined();
  });
});
