import { describe, expect, it } from 'vitest';
import { newConceptSchema } from '../../../shared/api/workbenchApi.js';
import {
  conceptOf,
  formProblem,
  initialForm,
  kindOf,
  offersTransliteration,
} from '../../../renderer/dialogs/addTermModel.js';

describe('add-term form', () => {
  it('opens with the base form, the English selection, the guessed kind and the preferred status', () => {
    expect(initialForm({ ro: 'Minsk', en: 'Minsk ', type: 'properName' })).toEqual({
      ro: 'Minsk',
      en: 'Minsk',
      kind: 'name',
      status: 'preferred',
      note: '',
    });
  });

  it('maps the worker guess to the four kinds, anything else being a term', () => {
    expect(kindOf('acronym')).toBe('acronym');
    expect(kindOf('abbreviation')).toBe('abbreviation');
    expect(kindOf('properName')).toBe('name');
    expect(kindOf('term')).toBe('term');
    expect(kindOf('fullForm')).toBe('term');
    expect(kindOf('phrase')).toBe('term');
  });

  it('needs both terms', () => {
    const f = initialForm({ ro: 'prizonier politic', en: '', type: 'term' });
    expect(formProblem(f)).toBe('enRequired');
    expect(formProblem({ ...f, ro: '  ', en: 'political prisoner' })).toBe('roRequired');
    expect(formProblem({ ...f, en: 'political prisoner' })).toBeNull();
  });

  it('builds a concept the API accepts, with the kind as TBX type on both terms', () => {
    const c = conceptOf({
      ro: ' CSI ',
      en: 'CIS',
      kind: 'acronym',
      status: 'admitted',
      note: ' Comunitatea Statelor Independente ',
    });
    expect(c).toEqual({
      ro: [{ text: 'CSI', status: 'preferred', type: 'acronym' }],
      en: [{ text: 'CIS', status: 'admitted', type: 'acronym' }],
      note: 'Comunitatea Statelor Independente',
    });
    expect(newConceptSchema.safeParse(c).success).toBe(true);
  });

  it('leaves out an empty note and stores names as proper names, terms as full forms', () => {
    expect(conceptOf({ ro: 'Lukașenko', en: 'Lukashenko', kind: 'name', status: 'preferred', note: '' })).toEqual({
      ro: [{ text: 'Lukașenko', status: 'preferred', type: 'properName' }],
      en: [{ text: 'Lukashenko', status: 'preferred', type: 'properName' }],
    });
    expect(conceptOf({ ro: 'acord', en: 'agreement', kind: 'term', status: 'preferred', note: '' }).en[0]?.type).toBe(
      'fullForm',
    );
  });

  it('offers the transliteration for names only, and only when it would change the English', () => {
    const name = initialForm({ ro: 'Lukașenko', en: '', type: 'properName', transliteration: 'Lukashenko' });
    expect(offersTransliteration(name, 'Lukashenko')).toBe(true);
    expect(offersTransliteration({ ...name, en: 'Lukashenko' }, 'Lukashenko')).toBe(false);
    expect(offersTransliteration({ ...name, kind: 'term' }, 'Lukashenko')).toBe(false);
    expect(offersTransliteration(name, undefined)).toBe(false);
  });
});
