import { describe, it, expect } from 'vitest';
import {
  parseProjectText,
  PROJECT_FORMAT_VERSION,
  ProjectFileError,
  serializeProject,
  type ProjectFile,
} from '../../../../shared/model/project.js';
import { thrownBy } from '../../../helpers/errors.js';

function sample(): ProjectFile {
  return {
    format: 'dragoman-project',
    version: PROJECT_FORMAT_VERSION,
    id: 'p-1',
    name: 'Articol',
    sourceLang: 'ro-RO',
    targetLang: 'en-GB',
    revision: 4,
    createdAt: '2026-11-27T07:00:00.000Z',
    updatedAt: '2026-11-27T07:05:00.000Z',
    glossaries: ['glossary.tbx'],
    settings: {
      checks: { whitespace: { severity: 'info' } },
      ignoredFindings: [{ id: 'repeated-word:s1:3-7:abc', by: 'ioana', at: '2026-11-27T07:04:00.000Z' }],
    },
    segments: [
      {
        id: 's1',
        source: 'Ploua în București.',
        target: 'It was raining in Bucharest.',
        paragraph: 0,
        status: 'translated',
      },
      { id: 's2', source: 'Străzile erau goale.', target: '', paragraph: 1, status: 'untranslated', note: 'verifică' },
    ],
  };
}

const errorOf = (fn: () => unknown): ProjectFileError => thrownBy(ProjectFileError, fn);

describe('project file', () => {
  it('reads back what it writes', () => {
    const p = sample();
    expect(parseProjectText(serializeProject(p), 'a.dragoman')).toEqual(p);
  });

  it('fills in default settings for a file without them', () => {
    const { settings: _s, ...rest } = sample();
    const p = parseProjectText(JSON.stringify(rest), 'a.dragoman');
    expect(p.settings).toEqual({ checks: {}, ignoredFindings: [] });
  });

  it('opens a version 1 file, whose ignored findings were bare ids, as the current version', () => {
    const v1 = {
      ...sample(),
      version: 1,
      settings: { checks: {}, ignoredFindings: ['whitespace:s2:0-1:k9', 'x:s1:2-3:q'] },
    };
    const p = parseProjectText(JSON.stringify(v1), 'old.dragoman');
    expect(p.version).toBe(PROJECT_FORMAT_VERSION);
    expect(p.settings.ignoredFindings).toEqual([
      { id: 'whitespace:s2:0-1:k9', by: '', at: '' },
      { id: 'x:s1:2-3:q', by: '', at: '' },
    ]);
    expect(p.segments).toEqual(sample().segments);
  });

  it('opens a version 2 file as the current version, with no words of its own, and keeps the words a version 3 file has', () => {
    const v2 = { ...sample(), version: 2 };
    const p = parseProjectText(JSON.stringify(v2), 'v2.dragoman');
    expect(p.version).toBe(PROJECT_FORMAT_VERSION);
    expect(p.settings.dictionary).toBeUndefined();
    const words = { ...sample(), settings: { checks: {}, ignoredFindings: [], dictionary: ['Blajut', 'eMAG'] } };
    expect(parseProjectText(serializeProject(words), 'w.dragoman').settings.dictionary).toEqual(['Blajut', 'eMAG']);
  });

  it('opens a version 3 file as version 4 without memories, and keeps the memories, prefillExact and segment origins a version 4 file has', () => {
    const v3 = { ...sample(), version: 3 };
    const p = parseProjectText(JSON.stringify(v3), 'v3.dragoman');
    expect(PROJECT_FORMAT_VERSION).toBe(4);
    expect(p.version).toBe(4);
    expect(p.memories).toBeUndefined();
    expect(p.settings.prefillExact).toBeUndefined();
    const base = sample();
    const v4 = {
      ...base,
      memories: [{ path: '../tm/clients.tmx', writable: false }],
      settings: { checks: {}, ignoredFindings: [], prefillExact: true },
      segments: base.segments.map((s, i) =>
        i === 0
          ? { ...s, status: 'draft' as const, origin: { kind: 'tm' as const, score: 100, from: 'clients.tmx' } }
          : s,
      ),
    };
    const back = parseProjectText(serializeProject(v4), 'v4.dragoman');
    expect(back.memories).toEqual([{ path: '../tm/clients.tmx', writable: false }]);
    expect(back.settings.prefillExact).toBe(true);
    expect(back.segments[0]!.origin).toEqual({ kind: 'tm', score: 100, from: 'clients.tmx' });
  });

  it('refuses a file newer than version 4 written by a later app', () => {
    const err = errorOf(() => parseProjectText(JSON.stringify({ ...sample(), version: 5 }), 'n.dragoman'));
    expect(err.code).toBe('newer-version');
  });

  it('refuses a version 2 file whose ignored finding is a bare id, naming the field', () => {
    const bad = { ...sample(), settings: { checks: {}, ignoredFindings: ['whitespace:s2:0-1:k9'] } };
    const err = errorOf(() => parseProjectText(JSON.stringify(bad), 'x.dragoman'));
    expect(err.code).toBe('invalid-project');
    expect(err.field).toBe('settings.ignoredFindings[0]');
  });

  it('names the file, line and column of a JSON syntax error', () => {
    const text = '{\n  "format": "dragoman-project",\n  "version": 1,,\n}';
    const err = errorOf(() => parseProjectText(text, '/p/broken.dragoman'));
    expect(err.code).toBe('invalid-json');
    expect(err.line).toBe(3);
    expect(err.column).toBe(16);
    expect(err.message).toMatch(/^\/p\/broken\.dragoman:3:16: /);
  });

  it('calls a cut-short file truncated', () => {
    const full = serializeProject(sample());
    const err = errorOf(() => parseProjectText(full.slice(0, 100), 'cut.dragoman'));
    expect(err.code).toBe('invalid-json');
    expect(err.message).toContain('cut.dragoman');
    expect(err.message).toContain('cut short');
    expect(err.message).toContain('Nothing was overwritten');
  });

  it('names the field path of a schema error', () => {
    const p = sample() as unknown as { segments: Array<Record<string, unknown>> };
    p.segments[1]!['status'] = 'done';
    const err = errorOf(() => parseProjectText(JSON.stringify(p), 'x.dragoman'));
    expect(err.code).toBe('invalid-project');
    expect(err.field).toBe('segments[1].status');
    expect(err.message).toContain('x.dragoman: segments[1].status');
  });

  it('refuses duplicate segment ids', () => {
    const p = sample();
    p.segments[1]!.id = 's1';
    expect(errorOf(() => parseProjectText(JSON.stringify(p), 'x.dragoman')).field).toBe('segments[1].id');
  });

  it('refuses JSON that is not a project', () => {
    expect(errorOf(() => parseProjectText('{"version":1}', 'notes.json')).code).toBe('not-a-project');
    expect(errorOf(() => parseProjectText('[]', 'list.json')).code).toBe('not-a-project');
  });

  it('refuses a file from a newer Dragoman with a clear message', () => {
    const err = errorOf(() => parseProjectText(JSON.stringify({ ...sample(), version: 7 }), 'new.dragoman'));
    expect(err.code).toBe('newer-version');
    expect(err.message).toContain('made by a newer Dragoman');
    expect(err.message).toContain('Update Dragoman');
  });

  it('names the version field when the version is missing', () => {
    const { version: _v, ...rest } = sample();
    const err = errorOf(() => parseProjectText(JSON.stringify(rest), 'old.dragoman'));
    expect(err.code).toBe('invalid-project');
    expect(err.field).toBe('version');
  });
});
