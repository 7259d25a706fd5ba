import type { BilingualDocument, SegmentStatus } from '../model/segment.js';

/** HTML-escapes text for element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

/** What the page calls each status (English: the page is for English-speaking reviewers). */
export const STATUS_LABEL: Record<SegmentStatus, string> = {
  untranslated: 'Untranslated',
  draft: 'Draft',
  translated: 'Translated',
  reviewed: 'Reviewed',
};

/** Title and date printed at the top of exported documents. */
export interface ExportMeta {
  /** The project name. */
  title: string;
  /** When the export was made, ISO 8601; shown as YYYY-MM-DD. */
  date: string;
}

const CSS = `
body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:11pt;margin:1.5em;color:#111}
h1{font-size:15pt;margin:0 0 .2em}
p.meta{color:#555;margin:0 0 1em}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #999;padding:.3em .45em;vertical-align:top;text-align:left;overflow-wrap:anywhere;white-space:pre-wrap}
th{background:#eee}
col.n{width:3em}col.s{width:7em}
tr.untranslated td.tgt{background:#fff4f4}
td.note{color:#444;font-style:italic}
tr.para td{border-top:2px solid #333}
@page{size:A4 landscape;margin:1.5cm}
@media print{body{margin:0}thead{display:table-header-group}tr{break-inside:avoid}}
`.trim();

/**
 * A self-contained, printable HTML page with the source and the target side
 * by side: number, Romanian, English, status (and the note under the
 * English). Inline CSS only, no scripts and no external resources; every
 * text is escaped. The first row of each paragraph gets a heavier rule.
 */
export function writeHtml(doc: BilingualDocument, meta: ExportMeta): string {
  const rows = doc.segments.map((s, i) => {
    const first = i === 0 || doc.segments[i - 1]!.paragraph !== s.paragraph;
    const cls = [s.status, first && i > 0 ? 'para' : ''].filter(Boolean).join(' ');
    const note = s.note ? `<div class="note">${escapeHtml(s.note)}</div>` : '';
    return (
      `<tr class="${cls}"><td>${i + 1}</td>` +
      `<td lang="${escapeHtml(doc.sourceLang)}">${escapeHtml(s.source)}</td>` +
      `<td class="tgt" lang="${escapeHtml(doc.targetLang)}">${escapeHtml(s.target)}${note}</td>` +
      `<td>${STATUS_LABEL[s.status]}</td></tr>`
    );
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(doc.targetLang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(meta.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(meta.title)}</h1>`,
    `<p class="meta">${escapeHtml(meta.date.slice(0, 10))} · ${doc.segments.length} segments · ${escapeHtml(doc.sourceLang)} → ${escapeHtml(doc.targetLang)}</p>`,
    '<table>',
    '<colgroup><col class="n"><col><col><col class="s"></colgroup>',
    '<thead><tr><th>#</th><th>Source</th><th>Target</th><th>Status</th></tr></thead>',
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
