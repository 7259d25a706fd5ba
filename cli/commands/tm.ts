import { MAX_TEXT_BYTES } from '../../shared/formats/limits.js';
import { CliError } from '../errors.js';
import { readInputFile, type CliIo } from '../io.js';
import { loadMemories } from '../memories.js';

/** The options of `dragoman tm lookup` (cli/commandLine/tm.ts). */
export interface LookupOptions {
  tm?: string[];
  min: string;
  max: string;
  format: 'text' | 'json';
  cache?: string;
}

/** The options of `dragoman tm concordance` (cli/commandLine/tm.ts). */
export interface ConcordanceOptions {
  tm?: string[];
  side: 'source' | 'target' | 'both';
  limit: string;
  format: 'text' | 'json';
  cache?: string;
}

/** One match in `tm lookup --format json` (version 1). */
export interface LookupJsonMatch {
  score: number;
  source: string;
  target: string;
  /** True when numbers, dates or tags of the target were changed to fit the new source. */
  adapted: boolean;
  /** The --tm file it came from, as typed. */
  origin: string;
}

function intOption(value: string, name: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new CliError(`${name} must be a whole number from ${min} to ${max} (got "${value}")`);
  }
  return n;
}

function needTm(tm: string[] | undefined, command: string): string[] {
  if (!tm || tm.length === 0) throw new CliError(`${command} needs a memory: add --tm FILE.tmx (repeat for several)`);
  return tm;
}

/** The lines of a text, as `terms --lines` counts them (a final line break opens no new line). */
function linesOf(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** `dragoman tm lookup`: prints the matches of every line of `file`; resolves to the exit code. */
export async function runLookup(io: CliIo, file: string, options: LookupOptions): Promise<number> {
  const paths = needTm(options.tm, 'tm lookup');
  const min = intOption(options.min, '--min', 0, 100);
  const max = intOption(options.max, '--max', 1, 10);
  const [text, set] = await Promise.all([
    readInputFile(io, file, MAX_TEXT_BYTES),
    loadMemories(io, paths, options.cache),
  ]);
  const segments = linesOf(text).map((line, i) => ({
    index: i + 1,
    text: line,
    matches:
      line.trim() === ''
        ? []
        : set.lookup({ source: line, min, max }).map((m): LookupJsonMatch => ({
            score: m.score,
            source: m.source,
            target: m.target,
            adapted: m.adapted,
            origin: m.file,
          })),
  }));
  if (options.format === 'json') {
    const out = segments.map(({ index, matches }) => ({ index, matches }));
    io.stdout(JSON.stringify({ version: 1, segments: out }, null, 2) + '\n');
  } else {
    const lines: string[] = [];
    let matched = 0;
    for (const s of segments) {
      if (s.text.trim() === '') continue;
      if (s.matches.length > 0) matched++;
      lines.push(`${file}:${s.index}  ${s.text}`);
      if (s.matches.length === 0) lines.push(`    (no match of ${min} or more)`);
      for (const m of s.matches) {
        lines.push(`  ${String(m.score).padStart(3)}  ${m.target}    [${m.origin}${m.adapted ? ', adapted' : ''}]`);
        if (m.score < 100) lines.push(`       ${m.source}`);
      }
    }
    const n = segments.filter((s) => s.text.trim() !== '').length;
    lines.push(`${matched} of ${n} segment${n === 1 ? '' : 's'} matched (${min} or more)`);
    io.stdout(lines.join('\n') + '\n');
  }
  return 0;
}

/** `dragoman tm concordance`: prints the hits of `query`; resolves to the exit code. */
export async function runConcordance(io: CliIo, query: string, options: ConcordanceOptions): Promise<number> {
  const paths = needTm(options.tm, 'tm concordance');
  const limit = intOption(options.limit, '--limit', 1, 200);
  if (query.trim() === '' || query.length > 500) throw new CliError('TEXT must have 1 to 500 characters');
  const set = await loadMemories(io, paths, options.cache);
  const hits = set.concordance(query, options.side, limit);
  if (options.format === 'json') {
    const out = hits.map((h) => ({ source: h.source, target: h.target, origin: h.file, ranges: h.ranges }));
    io.stdout(JSON.stringify({ version: 1, hits: out }, null, 2) + '\n');
  } else {
    const mark = (text: string, side: 'source' | 'target', ranges: (typeof hits)[number]['ranges']): string => {
      let out = text;
      for (const r of ranges.filter((x) => x.side === side).sort((a, b) => b.start - a.start)) {
        out = `${out.slice(0, r.start)}«${out.slice(r.start, r.end)}»${out.slice(r.end)}`;
      }
      return out;
    };
    const lines: string[] = [];
    for (const h of hits) {
      lines.push(`${mark(h.source, 'source', h.ranges)}`);
      lines.push(`  → ${mark(h.target, 'target', h.ranges)}    [${h.file}]`);
    }
    lines.push(
      `${hits.length} hit${hits.length === 1 ? '' : 's'}${hits.length === limit ? ` (the first ${limit}; raise --limit for more)` : ''}`,
    );
    io.stdout(lines.join('\n') + '\n');
  }
  return 0;
}
