import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { ServiceError, toApiError } from '../../../electron/services/serviceError.js';
import { parseProjectText, ProjectFileError } from '../../../shared/model/project.js';
import { FormatError } from '../../../shared/formats/formatError.js';

function errno(code: string, path?: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed`), { code, ...(path ? { path } : {}) });
}

describe('toApiError', () => {
  it('keeps a service error as it is', () => {
    expect(toApiError(new ServiceError('stale-revision', 'Old.', { revision: 3 }))).toEqual({
      code: 'stale-revision',
      message: 'Old.',
      params: { revision: 3 },
    });
  });

  it('gives a broken project file its code, file, line and column', () => {
    let err: unknown;
    try {
      parseProjectText('{\n  "format": ', '/p/x.dragoman');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ProjectFileError);
    expect(toApiError(err)).toMatchObject({ code: 'invalid-json', params: { file: '/p/x.dragoman', line: 2 } });
  });

  it('names the file of an undecodable text', () => {
    expect(toApiError(new FormatError('/t/a.txt', 'not UTF-8', { line: 3, column: 7 }))).toMatchObject({
      code: 'invalid-file',
      params: { file: '/t/a.txt', line: 3, column: 7 },
    });
  });

  it('says which field of a request was wrong', () => {
    const r = z.object({ path: z.string().min(1) }).safeParse({ path: '' });
    expect(toApiError(r.error)).toMatchObject({ code: 'invalid-input', message: expect.stringContaining('path') });
  });

  it('turns disk errors into sentences that name the file', () => {
    expect(toApiError(errno('ENOENT', '/a.dragoman'))).toEqual({
      code: 'not-found',
      message: '/a.dragoman does not exist.',
      params: { file: '/a.dragoman' },
    });
    expect(toApiError(errno('ENOSPC', '/a.dragoman.journal')).message).toContain('disk is full');
    expect(toApiError(errno('EACCES', '/a.dragoman')).message).toContain('permission denied');
  });

  it('reports anything else as internal with its message', () => {
    expect(toApiError(new TypeError('x is undefined'))).toEqual({ code: 'internal', message: 'x is undefined' });
  });
});
