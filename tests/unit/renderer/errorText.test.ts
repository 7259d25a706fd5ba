import { describe, expect, it } from 'vitest';
import en from '../../../renderer/i18n/en.json';
import ro from '../../../renderer/i18n/ro.json';
import { flattenCatalogue } from '../../../renderer/i18n/catalogue.js';
import { ApiError } from '../../../renderer/api/apiError.js';
import { errorText } from '../../../renderer/api/errorText.js';
import type { Translate } from '../../../renderer/i18n/keys.js';

/** A minimal translate over a catalogue, interpolating {{name}}. */
function translator(cat: object): Translate {
  const map = flattenCatalogue(cat as never);
  return (key, params = {}) =>
    (map.get(key) ?? key).replace(/\{\{(\w+)\}\}/g, (_, p: string) => String(params[p] ?? `{{${p}}}`));
}

describe('errorText', () => {
  it('says a known service error in the UI language, with its file, line and column', () => {
    const err = new ApiError({
      code: 'invalid-file',
      message: 'x',
      params: { file: 'glosar.tbx', line: 12, column: 4 },
    });
    expect(errorText(err, translator(ro))).toBe(
      'glosar.tbx, rândul 12, coloana 4: fișierul nu a putut fi citit. Salvați-l ca text UTF-8 și încercați din nou.',
    );
  });

  it("falls back to the service's own sentence when a needed value is missing", () => {
    const err = new ApiError({ code: 'not-found', message: '/p/a.dragoman does not exist.' });
    expect(errorText(err, translator(en))).toBe('Something went wrong: /p/a.dragoman does not exist.');
  });

  it('frames unknown codes and plain errors the same way', () => {
    expect(errorText(new ApiError({ code: 'internal', message: 'boom' }), translator(en))).toBe(
      'Something went wrong: boom',
    );
    expect(errorText(new Error('offline'), translator(en))).toBe('Something went wrong: offline');
  });
});
