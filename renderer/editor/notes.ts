import type { SegmentChange } from '../../shared/api/workbenchApi.js';
import { monaco } from './monaco.js';

// Segment notes and the other per-segment marks of issue 13 (draft origins, repetitions).

/**
 * The segment notes of the open project (issue 13): the note of each segment,
 * edited in the side panel, saved through autosave like a draft (an empty note
 * removes it), and marked beside the source line of every segment that has one.
 */
export class SegmentNotes {
  private readonly notes = new Map<string, string>();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  constructor(
    initial: Iterable<{ id: string; note?: string | undefined }>,
    private readonly save: (change: SegmentChange) => void,
  ) {
    for (const s of initial) if (s.note) this.notes.set(s.id, s.note);
  }

  /** The note of a segment ('' when it has none). */
  get(id: string): string {
    return this.notes.get(id) ?? '';
  }

  /** Whether a segment has a note. */
  has(id: string): boolean {
    return this.notes.has(id);
  }

  /** The ids of the segments with a note. */
  ids(): IterableIterator<string> {
    return this.notes.keys();
  }

  /** Grows with every change (for React's external-store snapshot). */
  get revision(): number {
    return this.version;
  }

  /** Sets a segment's note (blank = no note) and queues it for saving. */
  set(id: string, note: string): void {
    const blank = note.trim() === '';
    if (blank ? !this.notes.has(id) : this.notes.get(id) === note) return;
    if (blank) this.notes.delete(id);
    else this.notes.set(id, note);
    this.save({ id, note: blank ? '' : note });
    this.version++;
    for (const l of this.listeners) l();
  }

  /** Calls `cb` after every change; returns the unsubscribe function. */
  subscribe(cb: () => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }
}

/**
 * The note marks: a bar in the source pane's line-decoration margin of every
 * segment with a note, whose hover shows the note. Re-drawn as a whole on each
 * change (notes are few; a keystroke in the draft never touches them).
 */
export class NoteMarks {
  private readonly decorations: monaco.editor.IEditorDecorationsCollection;
  private readonly off: () => void;

  constructor(
    editor: monaco.editor.IStandaloneCodeEditor,
    private readonly notes: SegmentNotes,
    private readonly lineOf: (id: string) => number | undefined,
    /** Whether a line is shown (the segment filter): a hidden line's mark would land on the line above. */
    private readonly shown: (line: number) => boolean = () => true,
  ) {
    this.decorations = editor.createDecorationsCollection();
    this.off = notes.subscribe(() => this.render());
    this.render();
  }

  /** Re-draws every mark (after a note changed or the filter did). */
  render(): void {
    const decos: monaco.editor.IModelDeltaDecoration[] = [];
    for (const id of this.notes.ids()) {
      const line = this.lineOf(id);
      if (line === undefined || !this.shown(line)) continue;
      decos.push({
        range: new monaco.Range(line, 1, line, 1),
        options: {
          isWholeLine: true,
          linesDecorationsClassName: 'dg-note-mark',
          hoverMessage: { value: this.notes.get(id), supportHtml: false, isTrusted: false },
        },
      });
    }
    this.decorations.set(decos);
  }

  dispose(): void {
    this.off();
    this.decorations.clear();
  }
}

/**
 * The draft-origin marks: a tinted bar in the draft pane's line-decoration
 * margin of every segment whose draft a machine filled (a memory match or a
 * repetition) and nobody has edited since, titled with where it came from.
 */
export class OriginMarks {
  private readonly decorations: monaco.editor.IEditorDecorationsCollection;

  constructor(
    editor: monaco.editor.IStandaloneCodeEditor,
    private readonly origins: () => Iterable<[string, { kind: 'tm' | 'repetition' }]>,
    private readonly lineOf: (id: string) => number | undefined,
    private readonly title: (id: string) => string,
    private readonly shown: (line: number) => boolean = () => true,
  ) {
    this.decorations = editor.createDecorationsCollection();
    this.render();
  }

  /** Re-draws every mark (origins change in batches: a pre-fill, a repetition fill). */
  render(): void {
    const decos: monaco.editor.IModelDeltaDecoration[] = [];
    for (const [id, origin] of this.origins()) {
      const line = this.lineOf(id);
      if (line === undefined || !this.shown(line)) continue;
      decos.push({
        range: new monaco.Range(line, 1, line, 1),
        options: {
          isWholeLine: true,
          linesDecorationsClassName: `dg-origin-mark dg-origin-${origin.kind}`,
          linesDecorationsTooltip: this.title(id),
        },
      });
    }
    this.decorations.set(decos);
  }

  dispose(): void {
    this.decorations.clear();
  }
}

/**
 * The repetition marks: the line number of every segment whose source occurs
 * more than once in the project is drawn dotted-underlined in the source
 * pane (a class on the number: nothing moves, nothing re-wraps).
 */
export class RepetitionMarks {
  private readonly decorations: monaco.editor.IEditorDecorationsCollection;

  constructor(
    editor: monaco.editor.IStandaloneCodeEditor,
    private readonly lines: () => Iterable<number>,
    private readonly shown: (line: number) => boolean = () => true,
  ) {
    this.decorations = editor.createDecorationsCollection();
    this.render();
  }

  /** Re-draws the marks (after the filter changed which lines are shown). */
  render(): void {
    const decos: monaco.editor.IModelDeltaDecoration[] = [];
    for (const line of this.lines()) {
      if (!this.shown(line)) continue;
      decos.push({
        range: new monaco.Range(line, 1, line, 1),
        options: { isWholeLine: true, lineNumberClassName: 'dg-rep-line' },
      });
    }
    this.decorations.set(decos);
  }

  dispose(): void {
    this.decorations.clear();
  }
}
