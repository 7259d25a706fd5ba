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
  /** Where an untyped draft came from: a memory match or a repetition (never a confirmation). */
  origin?: SegmentOrigin;
}

/** How a draft was filled without typing (a copy of shared/api's segmentOriginSchema shape). */
export interface SegmentOrigin {
  kind: 'tm' | 'repetition';
  /** The match score, 0–101. */
  score?: number;
  /** The memory file or the segment id it was copied from. */
  from?: string;
}

/** A bilingual document: the unit the check engine and the codecs work on. */
export interface BilingualDocument {
  /** BCP 47 tags, e.g. "ro" and "en-GB". */
  sourceLang: string;
  targetLang: string;
  segments: Segment[];
}
