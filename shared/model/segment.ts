/** Workflow state of one segment, as shown beside it in the editor. */
export type SegmentStatus = 'untranslated' | 'draft' | 'translated' | 'reviewed';

/** One aligned unit: a Romanian source sentence and its English draft. */
export interface Segment {
  /** Stable id, unique within the document (survives edits and re-ordering). */
  id: string;
  /** Romanian source text, as the user sees it (never folded). */
  source: string;
  /** English draft; the empty string when not translated yet. */
  target: string;
  /** 0-based paragraph number; segments of one paragraph share it. */
  paragraph: number;
  status: SegmentStatus;
  note?: string;
}

/** A bilingual document: the unit the check engine and the codecs work on. */
export interface BilingualDocument {
  /** BCP 47 tags, e.g. "ro" and "en-GB". */
  sourceLang: string;
  targetLang: string;
  segments: Segment[];
}
