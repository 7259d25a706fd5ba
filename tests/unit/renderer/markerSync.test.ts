import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IdentifiedFinding } from '../../../renderer/workers/protocol.js';
import { csiLeftAsSource } from './findings.js';

// MarkerSync and the code action provider talk to Monaco only through these calls; a stand-in records them.
const calls = vi.hoisted(() => ({
  markers: new Map<
    string,
    { startLineNumber: number; startColumn: number; endColumn: number; message: string; code: string; source: string }[]
  >(),
  setCount: 0,
  commands: new Map<string, (accessor: unknown, ...args: unknown[]) => void>(),
  provider: undefined as
    | undefined
    | {
        provideCodeActions(
          model: unknown,
          range: unknown,
          context: { markers: unknown[] },
        ): Promise<{ actions: unknown[] }> | { actions: unknown[] };
      },
}));

vi.mock('../../../renderer/editor/monaco.js', () => {
  class Range {
    constructor(
      readonly startLineNumber: number,
      readonly startColumn: number,
      readonly endLineNumber: number,
      readonly endColumn: number,
    ) {}
  }
  return {
    monaco: {
      Range,
      editor: {
        setModelMarkers(_model: unknown, owner: string, markers: never[]) {
          calls.setCount++;
          if (markers.length) calls.markers.set(owner, markers);
          else calls.markers.delete(owner);
        },
        registerCommand(id: string, run: (accessor: unknown, ...args: unknown[]) => void) {
          calls.commands.set(id, run);
          return { dispose: () => calls.commands.delete(id) };
        },
      },
      languages: {
        registerCodeActionProvider(_language: string, provider: typeof calls.provider) {
          calls.provider = provider;
          return { dispose: () => (calls.provider = undefined) };
        },
      },
    },
  };
});

const { MarkerSync } = await import('../../../renderer/editor/markerSync.js');
const { registerCodeActions } = await import('../../../renderer/editor/codeActions.js');
const { initI18n } = await import('../../../renderer/i18n/i18n.js');

/** A draft model of plain lines, enough for MarkerSync and the provider. */
function fakeModel(lines: string[]) {
  return {
    uri: 'inmemory://draft',
    lines,
    getLineContent: (n: number) => lines[n - 1]!,
    getVersionId: () => 7,
    isDisposed: () => false,
  };
}

const ids = ['s1', 's2', 's3'];
const lineOf = (id: string) => (ids.includes(id) ? ids.indexOf(id) + 1 : undefined);
const segmentIdAt = (line: number) => ids[line - 1];

const csi = csiLeftAsSource;
const monday: IdentifiedFinding = {
  id: 'f-mon',
  check: 'capitalization',
  severity: 'warning',
  segmentId: 's2',
  range: { start: 11, end: 17 },
  messageKey: 'check.capitalization.calendarWord',
  params: { expected: 'Monday' },
  fixes: [{ range: { start: 11, end: 17 }, replacement: 'Monday', labelKey: 'fix.capitalise' }],
};

beforeEach(async () => {
  await initI18n('en');
  calls.markers.clear();
  calls.setCount = 0;
});

describe('MarkerSync', () => {
  it('gives each segment its own marker owner, so one update leaves the others alone', () => {
    const model = fakeModel(['The CSI met.', 'See you on monday.', 'Fine.']);
    const sync = new MarkerSync(model as never, lineOf, segmentIdAt);
    sync.setAll(
      new Map([
        ['s1', [csi]],
        ['s2', [monday]],
      ]),
    );
    expect([...calls.markers.keys()].sort()).toEqual(['dragoman:s1', 'dragoman:s2']);
    calls.setCount = 0;
    sync.set('s1', []);
    expect(calls.setCount).toBe(1);
    expect([...calls.markers.keys()]).toEqual(['dragoman:s2']);
    expect(calls.markers.get('dragoman:s2')![0]).toMatchObject({ startLineNumber: 2, startColumn: 12, endColumn: 18 });
  });

  it('leaves Monaco’s markers alone when a keystroke left the findings as they were', () => {
    const lines = ['The CSI met.', 'See you on monday.', 'Fine.'];
    const model = fakeModel(lines);
    const sync = new MarkerSync(model as never, lineOf, segmentIdAt);
    sync.set('s1', [csi]);
    calls.setCount = 0;
    // Typing after the marked word: the worker reports the same finding again (a new object).
    lines[0] = 'The CSI met today.';
    sync.set('s1', [{ ...csi }]);
    expect(calls.setCount).toBe(0);
    // Its quick fixes hold for the line as it reads now.
    expect(sync.isCurrent('s1')).toBe(true);
    const marker = { ...calls.markers.get('dragoman:s1')![0]!, owner: 'dragoman:s1' };
    expect(sync.findingFor(marker as never)?.id).toBe('f-csi');
    // A finding that moved is a new one: the markers are set again.
    sync.set('s1', [{ ...csi, id: 'f-csi-moved', range: { start: 5, end: 8 } }]);
    expect(calls.setCount).toBe(1);
  });

  it('clears the segments a full update leaves out', () => {
    const sync = new MarkerSync(fakeModel(['The CSI met.', 'See you on monday.', '']) as never, lineOf, segmentIdAt);
    sync.setAll(new Map([['s1', [csi]]]));
    sync.setAll(new Map([['s2', [monday]]]));
    expect([...calls.markers.keys()]).toEqual(['dragoman:s2']);
  });

  it('keeps markers to the window around the screen (Monaco underlines only 500 per model)', () => {
    const sync = new MarkerSync(
      fakeModel(['The CSI met.', 'See you on monday.', 'Fine.']) as never,
      lineOf,
      segmentIdAt,
    );
    sync.setWindow(2, 3);
    sync.setAll(
      new Map([
        ['s1', [csi]],
        ['s2', [monday]],
      ]),
    );
    expect([...calls.markers.keys()]).toEqual(['dragoman:s2']);
    // Scrolling up: s1 comes into the window, s2 leaves it.
    sync.setWindow(1, 1);
    expect([...calls.markers.keys()]).toEqual(['dragoman:s1']);
    // A finding outside the window waits for the window to reach it.
    sync.set('s2', [monday]);
    expect([...calls.markers.keys()]).toEqual(['dragoman:s1']);
    sync.setWindow(1, 3);
    expect([...calls.markers.keys()].sort()).toEqual(['dragoman:s1', 'dragoman:s2']);
  });

  it('renders the messages again in a new UI language', async () => {
    const sync = new MarkerSync(fakeModel(['The CSI met.']) as never, lineOf, segmentIdAt);
    sync.set('s1', [csi]);
    const english = calls.markers.get('dragoman:s1')![0]!.message;
    await initI18n('ro');
    sync.relabel();
    const romanian = calls.markers.get('dragoman:s1')![0]!.message;
    expect(romanian).not.toBe(english);
    expect(romanian).toContain('„CSI”');
  });

  it('finds the finding behind a marker Monaco hands back', () => {
    const sync = new MarkerSync(fakeModel(['The CSI met.']) as never, lineOf, segmentIdAt);
    sync.set('s1', [csi]);
    const marker = { ...calls.markers.get('dragoman:s1')![0]!, owner: 'dragoman:s1' };
    expect(sync.findingFor(marker as never)?.id).toBe('f-csi');
    expect(sync.findingFor({ ...marker, source: 'typescript' } as never)).toBeUndefined();
  });
});

describe('code actions', () => {
  function setUp(lines: string[], suggest?: (word: string) => Promise<string[]>) {
    const model = fakeModel(lines);
    const sync = new MarkerSync(model as never, lineOf, segmentIdAt);
    const log: string[] = [];
    const registration = registerCodeActions(model as never, sync, {
      onIgnore: (id) => log.push(`ignore ${id}`),
      onDisableCheck: (id) => log.push(`disable ${id}`),
      onAddProjectWord: (word) => log.push(`project word ${word}`),
      onAddUserWord: (word) => log.push(`user word ${word}`),
      ...(suggest ? { suggest } : {}),
    });
    const actionsAt = async (segmentId: string) => {
      const markers = (calls.markers.get(`dragoman:${segmentId}`) ?? []).map((m) => ({
        ...m,
        owner: `dragoman:${segmentId}`,
      }));
      return (await calls.provider!.provideCodeActions(model, undefined, { markers })).actions as {
        title: string;
        edit?: { edits: { textEdit: { range: { startColumn: number; endColumn: number }; text: string } }[] };
        command?: { id: string; arguments: string[] };
      }[];
    };
    return { model, sync, log, registration, actionsAt };
  }

  it('offers the fix as an edit of the marked columns, then ignore and turn-off commands', async () => {
    const { sync, actionsAt, log, registration } = setUp(['The CSI met.']);
    sync.set('s1', [csi]);
    const actions = await actionsAt('s1');
    expect(actions.map((a) => a.title)).toEqual([
      'Use the glossary term: “CIS”',
      'Ignore this finding (Glossary term missing): “CSI” is left as in the source; the glossary term is “CIS”.',
      'Turn off “Glossary term missing” for this project',
    ]);
    expect(actions[0]!.edit!.edits[0]!.textEdit).toMatchObject({
      range: { startColumn: 5, endColumn: 8 },
      text: 'CIS',
    });
    for (const a of actions.slice(1)) calls.commands.get(a.command!.id)!(undefined, ...a.command!.arguments);
    expect(log).toEqual(['ignore f-csi', 'disable term-missing']);
    registration.dispose();
  });

  it('keeps only the commands once the line was edited after the check', async () => {
    const { model, sync, actionsAt, registration } = setUp(['The CSI met.']);
    sync.set('s1', [csi]);
    model.lines[0] = 'XThe CSI met.';
    expect((await actionsAt('s1')).map((a) => a.command?.id)).toEqual([
      'dragoman.ignoreFinding',
      'dragoman.disableCheck',
    ]);
    registration.dispose();
  });

  it('offers a misspelt word’s suggestion, then adding it to the project’s or my dictionary, once per word', async () => {
    const { sync, actionsAt, log, registration } = setUp(['Trolleybusses and trolleybusses run.']);
    const word = (id: string, start: number, text: string): IdentifiedFinding => ({
      id,
      check: 'spelling',
      severity: 'info',
      segmentId: 's1',
      range: { start, end: start + text.length },
      messageKey: 'check.spelling.unknown',
      params: { word: text },
      fixes: [{ range: { start, end: start + text.length }, replacement: 'trolleybuses', labelKey: 'fix.replace' }],
    });
    // Two findings of the same word under the cursor: one entry per dictionary, not two.
    sync.set('s1', [word('w1', 17, 'trolleybusses'), word('w2', 17, 'trolleybusses')]);
    const actions = await actionsAt('s1');
    const adds = actions.filter((a) => a.command?.id.startsWith('dragoman.add'));
    expect(adds.map((a) => a.title)).toEqual([
      'Add “trolleybusses” to the project dictionary',
      'Add “trolleybusses” to my dictionary',
    ]);
    expect(actions[0]!.edit!.edits[0]!.textEdit.text).toBe('trolleybuses');
    for (const a of adds) calls.commands.get(a.command!.id)!(undefined, ...a.command!.arguments);
    expect(log).toEqual(['project word trolleybusses', 'user word trolleybusses']);
    registration.dispose();
  });

  it('asks for a misspelt word’s suggestions when the menu opens, since the app’s findings carry none', async () => {
    const asked: string[] = [];
    const { sync, actionsAt, registration } = setUp(['The goverment met.'], (w) => {
      asked.push(w);
      return Promise.resolve(['government', 'governments']);
    });
    sync.set('s1', [
      {
        id: 'w1',
        check: 'spelling',
        severity: 'info',
        segmentId: 's1',
        range: { start: 4, end: 13 },
        messageKey: 'check.spelling.unknown',
        params: { word: 'goverment' },
      },
    ]);
    const actions = await actionsAt('s1');
    expect(asked).toEqual(['goverment']);
    expect(actions.slice(0, 2).map((a) => a.edit?.edits[0]?.textEdit)).toMatchObject([
      { range: { startColumn: 5, endColumn: 14 }, text: 'government' },
      { range: { startColumn: 5, endColumn: 14 }, text: 'governments' },
    ]);
    expect(actions.some((a) => a.command?.id === 'dragoman.addProjectWord')).toBe(true);
    registration.dispose();
  });

  it('offers no dictionary entry for a finding that is not about spelling', async () => {
    const { sync, actionsAt, registration } = setUp(['The CSI met.']);
    sync.set('s1', [csi]);
    expect((await actionsAt('s1')).some((a) => a.command?.id.startsWith('dragoman.add'))).toBe(false);
    registration.dispose();
  });
});
