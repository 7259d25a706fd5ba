import { t } from '../i18n/i18n.js';
import type { SegmentStatus } from './keymap.js';
import type { monaco } from './monaco.js';

type Editor = monaco.editor.IStandaloneCodeEditor;

function options(line: number, status: SegmentStatus): monaco.editor.IModelDecorationOptions {
  const title = t('status.glyphTitle', { n: line, status: t(`status.${status}`) });
  return {
    glyphMarginClassName: `dg-status dg-status-${status}`,
    glyphMarginHoverMessage: { value: title, isTrusted: false, supportThemeIcons: false },
    stickiness: 1 /* NeverGrowsWhenTypingAtEdges */,
  };
}

/** One glyph per segment in the draft's gutter, coloured and titled by status. */
export class StatusGlyphs {
  private ids: string[] = [];

  constructor(
    private readonly editor: Editor,
    private readonly statusOf: (i: number) => SegmentStatus,
    private readonly lineCount: number,
  ) {
    this.renderAll();
  }

  /** Re-creates every glyph (after open or a language change). */
  renderAll(): void {
    const decos: monaco.editor.IModelDeltaDecoration[] = [];
    for (let i = 0; i < this.lineCount; i++) {
      decos.push({
        range: { startLineNumber: i + 1, startColumn: 1, endLineNumber: i + 1, endColumn: 1 },
        options: options(i + 1, this.statusOf(i)),
      });
    }
    this.ids = this.editor.deltaDecorations(this.ids, decos);
  }

  /** Updates the glyph of segment i (0-based). */
  update(i: number): void {
    const old = this.ids[i];
    const [id] = this.editor.deltaDecorations(old ? [old] : [], [
      {
        range: { startLineNumber: i + 1, startColumn: 1, endLineNumber: i + 1, endColumn: 1 },
        options: options(i + 1, this.statusOf(i)),
      },
    ]);
    if (id) this.ids[i] = id;
  }
}
