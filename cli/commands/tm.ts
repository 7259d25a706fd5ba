import { Option } from 'commander';
import type { Command } from 'commander';
import { MAX_TEXT_BYTES } from '../../shared/formats/limits.js';
import { CliError } from '../errors.js';
import { readInputFile } from '../io.js';
import type { CommandContext } from '../main.js';
import { loadMemories } from '../memories.js';
import { collect } from './options.js';

interface LookupOptions {
  tm?: string[];
  min: string;
  max: string;
  format: 'text' | 'json';
  cache?: string;
}

interface ConcordanceOptions {
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

const LOOKUP_HELP = `
FILE has one Romanian segment per line (empty lines included, so segment N is
line N). Each is looked up in the memories: word-based fuzzy matching, scores
0-100 (101 is only given where neighbouring segments are known, in the app).
Numbers, dates and tags that differ are adapted in the English ("2,5%" in the
memory, "3,7%" in FILE gives "3.7%"); such matches say "adapted".

JSON output (--format json), version 1:
  {"version":1,"segments":[{"index":1,"matches":[{"score":97,"source":"…",
   "target":"…","adapted":true,"origin":"T.tmx"}]}]}
  matches best first; every line of FILE is listed.

Example:
  dragoman tm lookup article.ro.txt --tm client.tmx --tm omegat.tmx --min 70 --format json`;

const CONCORDANCE_HELP = `
Finds TEXT in the memories' Romanian sources, in any inflected form ("acord"
finds "acordului" and "acorduri", not "acordat"), or with --side target in
the English targets (plural and possessive forms too), and prints each hit
with the other side beside it.

JSON output (--format json), version 1:
  {"version":1,"hits":[{"source":"…","target":"…","origin":"T.tmx",
   "ranges":[{"side":"source","start":4,"end":13}]}]}

Example:
  dragoman tm concordance --tm client.tmx "acord comercial"`;

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

/** Registers `dragoman tm lookup` and `dragoman tm concordance`. */
export function registerTm(program: Command, ctx: CommandContext): void {
  const tm = program
    .command('tm')
    .summary('look up segments and search in translation memories (TMX)')
    .description('Translation memory: fuzzy matches for Romanian segments, and concordance search, in TMX files.');
  tm.command('lookup')
    .summary('fuzzy matches for each line of a Romanian text')
    .description('Fuzzy matches from TMX memories for each line of a Romanian text, best first.')
    .argument('<file>', 'Romanian UTF-8 text, one segment per line')
    .option('--tm <file>', 'TMX memory (1.1-1.4b, UTF-8 or UTF-16); repeat for several', collect)
    .option('--min <score>', 'lowest score shown, 0-100', '70')
    .option('--max <n>', 'most matches per segment, 1-10', '3')
    .option('--cache <dir>', 'keep the memories’ indexes in this folder, so the next run opens them at once')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', LOOKUP_HELP)
    .action(async (file: string, options: LookupOptions) => {
      const paths = needTm(options.tm, 'tm lookup');
      const min = intOption(options.min, '--min', 0, 100);
      const max = intOption(options.max, '--max', 1, 10);
      const [text, set] = await Promise.all([
        readInputFile(ctx.io, file, MAX_TEXT_BYTES),
        loadMemories(ctx.io, paths, options.cache),
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
        ctx.io.stdout(JSON.stringify({ version: 1, segments: out }, null, 2) + '\n');
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
        ctx.io.stdout(lines.join('\n') + '\n');
      }
      ctx.exitCode = 0;
    });
  tm.command('concordance')
    .summary('search the memories for a word or phrase')
    .description('Search the memories’ Romanian sources (any inflected form) or English targets for TEXT.')
    .argument('<text>', 'word or phrase to find')
    .option('--tm <file>', 'TMX memory; repeat for several', collect)
    .addOption(new Option('--side <side>', 'where to search').choices(['source', 'target', 'both']).default('source'))
    .option('--limit <n>', 'most hits, 1-200', '50')
    .option('--cache <dir>', 'keep the memories’ indexes in this folder')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', CONCORDANCE_HELP)
    .action(async (query: string, options: ConcordanceOptions) => {
      const paths = needTm(options.tm, 'tm concordance');
      const limit = intOption(options.limit, '--limit', 1, 200);
      if (query.trim() === '' || query.length > 500) throw new CliError('TEXT must have 1 to 500 characters');
      const set = await loadMemories(ctx.io, paths, options.cache);
      const hits = set.concordance(query, options.side, limit);
      if (options.format === 'json') {
        const out = hits.map((h) => ({ source: h.source, target: h.target, origin: h.file, ranges: h.ranges }));
        ctx.io.stdout(JSON.stringify({ version: 1, hits: out }, null, 2) + '\n');
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
        ctx.io.stdout(lines.join('\n') + '\n');
      }
      ctx.exitCode = 0;
    });
}
