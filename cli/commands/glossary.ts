import { randomBytes } from 'node:crypto';
import { Option } from 'commander';
import type { Command } from 'commander';
import { glossaryFormatOf, parseGlossary } from '../../glossary/common/codec.js';
import { conceptKeys, conceptLines } from '../../glossary/common/conceptEdit.js';
import { conceptToWire } from '../../glossary/common/glossaryChanges.js';
import { emptyTermLines, validateGlossary } from '../../glossary/common/validateGlossary.js';
import { GlossaryFileStore, type WriteOptions } from '../../glossary/node/glossaryStore.js';
import { DEFAULT_LOCK_TIMINGS } from '../../glossary/node/lock.js';
import { GlossaryStoreError } from '../../glossary/node/storeError.js';
import { systemUserName } from '../../glossary/node/userName.js';
import type { ConceptWire, GlossaryChange, TermWire } from '../../shared/api/workbenchApi.js';
import type { Concept, Glossary, TermStatus } from '../../shared/model/glossary.js';
import { CliError } from '../errors.js';
import { resolveArg } from '../io.js';
import type { CliIo } from '../io.js';
import { EXIT, type CommandContext } from '../main.js';
import { registerGlossaryMerge } from './glossaryMerge.js';

const STATUSES: TermStatus[] = ['preferred', 'admitted', 'deprecated', 'forbidden'];

/** Seconds `add`, `edit` and `rm` wait for a glossary another writer holds. */
const DEFAULT_WAIT_S = 30;

interface WriteCliOptions {
  wait: string;
}

interface TermCliOptions extends WriteCliOptions {
  ro?: string;
  en?: string;
  enStatus?: TermStatus;
  note?: string;
}

interface FormatCliOptions {
  format: 'text' | 'json';
}

/** One concept as `dragoman glossary list --format json` prints it (version 1). */
export interface ListedConcept {
  id: string;
  terms: { lang: string; term: string; status: TermStatus }[];
  note?: string;
}

const HELP_AFTER = `
Every change goes through the same store as the app: the glossary is locked
(a GLOSSARY.lock folder beside it, so it works on network drives), re-read as
it is on disk now, changed in place (comments, other fields and other entries
stay byte for byte), and replaced atomically. When another writer holds the
lock, add/edit/rm wait up to --wait seconds (default ${DEFAULT_WAIT_S}), saying so once,
then exit 2 with nothing changed. A lock left by a killed writer is taken over
after ${DEFAULT_LOCK_TIMINGS.staleMs / 1000} s. Added and edited entries record who and when (TBX transacGrp;
CSV only where the file has such columns).

IDs: edit and rm take the ID that list prints. Files that give each entry an id
(most TBX, CSV with an id column) print it ("c-csi"). Files whose ids the reader
makes up (TSV, CSV without an id column) print a key made of the first Romanian
term, "ro:Minsk" ("ro:Minsk#2" for a second entry with the same term): it stays
right when a colleague adds or deletes other lines.

Examples:
  dragoman glossary add team.tbx --ro Harkov --en Kharkiv
  dragoman glossary add team.tbx --ro Kiev --en Kiev --en-status forbidden
  dragoman glossary edit team.tbx c-csi --en "the CIS"
  dragoman glossary rm team.tsv ro:Harkov
  dragoman glossary list team.tbx --format json
  dragoman glossary validate team.tbx`;

const VALIDATE_HELP = `
Reports, each as FILE:LINE: message [rule]:
  empty-term           a term with no text
  duplicate-ro         the same Romanian term in two concepts
  near-duplicate       two terms of one language differing only in case or diacritics
  no-preferred-en      a concept without a preferred English term
  forbidden-preferred  an English term forbidden in one concept, preferred in another
Exit 0 when there is nothing to report, 1 when there is, 2 for bad input.`;

const LIST_HELP = `
Text output: ID<TAB>Romanian terms<TAB>English terms (status)<TAB>note, one concept a line.
JSON output (--format json), version 1:
  {"version":1,"concepts":[{"id":"c-csi","terms":[{"lang":"ro","term":"CSI",
   "status":"preferred"}, …],"note":"…"}]}
ID is what edit and rm take (see dragoman glossary --help).`;

/**
 * Registers `dragoman glossary` with add, edit, rm, list, validate and
 * stats; returns the command so that other glossary subcommands (merge,
 * install-merge-driver) are registered on it.
 */
export function registerGlossary(program: Command, ctx: CommandContext): Command {
  const glossary = program
    .command('glossary')
    .summary('add, edit, remove, list, check and merge glossary entries')
    .description('Maintain a (shared) glossary file: TBX, TSV or CSV.')
    .addHelpText('after', HELP_AFTER);

  const waitOption = () =>
    new Option('--wait <seconds>', 'how long to wait for a glossary another writer holds').default(
      String(DEFAULT_WAIT_S),
    );
  const statusOption = () => new Option('--en-status <status>', 'status of the English term').choices(STATUSES);

  glossary
    .command('add')
    .description('Add a concept: a Romanian term and its English rendering.')
    .argument('<glossary>', 'glossary file (.tbx, .tsv, .csv)')
    .requiredOption('--ro <term>', 'the Romanian term (base form)')
    .requiredOption('--en <term>', 'the English term')
    .addOption(statusOption().default('preferred'))
    .option('--note <text>', 'a note on the concept')
    .addOption(waitOption())
    .action(async (file: string, options: TermCliOptions) => {
      ctx.exitCode = await runAdd(ctx.io, file, options);
    });

  glossary
    .command('edit')
    .description('Change the first Romanian term, the first English term, its status or the note of a concept.')
    .argument('<glossary>', 'glossary file')
    .argument('<id>', 'the concept as `glossary list` prints it')
    .option('--ro <term>', 'new text of the first Romanian term')
    .option('--en <term>', 'new text of the first English term (added when there is none)')
    .addOption(statusOption())
    .option('--note <text>', 'new note of the concept ("" removes it)')
    .addOption(waitOption())
    .action(async (file: string, id: string, options: TermCliOptions) => {
      ctx.exitCode = await runEdit(ctx.io, file, id, options);
    });

  glossary
    .command('rm')
    .description('Remove a concept.')
    .argument('<glossary>', 'glossary file')
    .argument('<id>', 'the concept as `glossary list` prints it')
    .addOption(waitOption())
    .action(async (file: string, id: string, options: WriteCliOptions) => {
      ctx.exitCode = await runRemove(ctx.io, file, id, options);
    });

  glossary
    .command('list')
    .description('List every concept with its terms and statuses.')
    .argument('<glossary>', 'glossary file')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', LIST_HELP)
    .action(async (file: string, options: FormatCliOptions) => {
      ctx.exitCode = await runList(ctx.io, file, options);
    });

  glossary
    .command('validate')
    .description('Report contradictions and mistakes in a glossary, each with FILE:LINE.')
    .argument('<glossary>', 'glossary file')
    .addHelpText('after', VALIDATE_HELP)
    .action(async (file: string) => {
      ctx.exitCode = await runValidate(ctx.io, file);
    });

  glossary
    .command('stats')
    .description('Count concepts, terms per language and statuses.')
    .argument('<glossary>', 'glossary file')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (file: string, options: FormatCliOptions) => {
      ctx.exitCode = await runStats(ctx.io, file, options);
    });

  registerGlossaryMerge(glossary, ctx);
  return glossary;
}

/** The store every CLI write goes through: the OS user, the real clock, fresh randomness. */
function cliStore(): GlossaryFileStore {
  // Tests shorten the stale time so kill -9 trials do not wait 10 s each; every process of one test uses the same value.
  const stale = Number(process.env['DRAGOMAN_LOCK_STALE_MS']);
  return new GlossaryFileStore({
    now: () => new Date(),
    userName: systemUserName(),
    random: () => randomBytes(6).toString('hex'),
    ...(Number.isFinite(stale) && stale >= 2000 ? { lock: { ...DEFAULT_LOCK_TIMINGS, staleMs: stale } } : {}),
  });
}

/** A file argument checked for a glossary extension, resolved against the CLI's folder. */
function glossaryPath(io: CliIo, file: string): string {
  glossaryFormatOf(file);
  return resolveArg(io, file);
}

/** `--wait` in milliseconds; a CliError for anything but a non-negative number. */
function waitMs(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new CliError(`--wait takes a number of seconds, not "${value}"`);
  }
  return seconds * 1000;
}

/** Write options that say once on stderr that the command is waiting for the lock. */
function writeOptions(io: CliIo, file: string, wait: string): WriteOptions {
  const ms = waitMs(wait);
  return {
    waitMs: ms,
    onWait: () => io.stderr(`dragoman: ${file} is being written by someone else; waiting up to ${ms / 1000} s…\n`),
  };
}

/** Runs a store call, turning its errors into the CLI's words and exit code 2. */
async function stored<T>(file: string, wait: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (!(err instanceof GlossaryStoreError)) throw err;
    if (err.code === 'locked') {
      throw new CliError(
        `${file} is still being written by someone else after ${waitMs(wait) / 1000} s; nothing was changed. Run the command again, or raise --wait.`,
      );
    }
    throw new CliError(err.message);
  }
}

async function readGlossary(io: CliIo, file: string): Promise<{ text: string; glossary: Glossary; path: string }> {
  const path = glossaryPath(io, file);
  const { text } = await stored(file, '0', cliStore().read(path));
  return { text, glossary: parseGlossary(text, file), path };
}

/** A glossary for reading only (list, stats): through the glossary cache, so a big unchanged file is not parsed again. */
async function readGlossaryCached(io: CliIo, file: string): Promise<Glossary> {
  const path = glossaryPath(io, file);
  return (await stored(file, '0', cliStore().readGlossary(path, { cacheDir: io.cacheDir, origin: file }))).glossary;
}

/** What `list` prints as a concept's ID and what edit/rm accept: the file's id, or the key for made-up ids. */
function shownId(c: Concept, key: string): string {
  return c.generatedId ? key : c.id;
}

/** The key of the concept that `id` names (as `list` prints it, or a key), or a CliError saying how to find it. */
function keyOf(g: Glossary, file: string, id: string): string {
  const keys = conceptKeys(g);
  if (keys.includes(id)) return id;
  const at = g.concepts.findIndex((c, i) => shownId(c, keys[i]!) === id);
  if (at >= 0) return keys[at]!;
  throw new CliError(`${file} has no concept "${id}"; \`dragoman glossary list ${file}\` shows the IDs`);
}

async function runAdd(io: CliIo, file: string, options: TermCliOptions): Promise<number> {
  const path = glossaryPath(io, file);
  const ro = options.ro?.trim() ?? '';
  const en = options.en?.trim() ?? '';
  if (!ro || !en) throw new CliError('--ro and --en need a term each; an empty term matches nothing');
  const added = await stored(
    file,
    options.wait,
    cliStore().add(
      path,
      {
        ro: [{ text: ro, status: 'preferred' }],
        en: [{ text: en, status: options.enStatus ?? 'preferred' }],
        ...(options.note ? { note: options.note } : {}),
      },
      writeOptions(io, file, options.wait),
    ),
  );
  io.stdout(`${added.key.startsWith('id:') ? added.id : added.key}\n`);
  return EXIT.ok;
}

/** `base` with the edit options applied. */
function edited(base: ConceptWire, options: TermCliOptions): ConceptWire {
  const next: ConceptWire = structuredClone(base);
  if (options.ro !== undefined) {
    const ro = options.ro.trim();
    if (!ro) throw new CliError('--ro needs a term; to remove the concept use `dragoman glossary rm`');
    const list = next.terms['ro'] ?? [];
    next.terms['ro'] =
      list.length > 0 ? [{ ...list[0]!, text: ro }, ...list.slice(1)] : [{ text: ro, status: 'preferred' }];
  }
  if (options.en !== undefined || options.enStatus !== undefined) {
    const list = next.terms['en'] ?? [];
    const first: TermWire = list[0] ?? { text: '', status: 'preferred' };
    const text = options.en !== undefined ? options.en.trim() : first.text;
    if (!text) throw new CliError('--en needs a term; an empty term matches nothing');
    next.terms['en'] = [{ ...first, text, status: options.enStatus ?? first.status }, ...list.slice(1)];
  }
  if (options.note !== undefined) {
    if (options.note === '') delete next.note;
    else next.note = options.note;
  }
  return next;
}

/**
 * Applies one edit or removal judged against the concept as it is on disk:
 * when a colleague changes it between our read and our lock, the change is
 * planned again on their version (the options say what to set, not what the
 * whole concept must be), a few times at most.
 */
async function changeConcept(
  io: CliIo,
  file: string,
  id: string,
  wait: string,
  make: (key: string, base: ConceptWire) => GlossaryChange,
): Promise<string> {
  const store = cliStore();
  for (let attempt = 0; attempt < 5; attempt++) {
    const { glossary } = await readGlossary(io, file);
    const key = keyOf(glossary, file, id);
    const at = conceptKeys(glossary).indexOf(key);
    const change = make(key, conceptToWire(glossary.concepts[at]!));
    const out = await stored(file, wait, store.change(glossaryPath(io, file), [change], writeOptions(io, file, wait)));
    if (out.conflicts.length === 0) return out.applied[0]?.key ?? key;
    if (out.conflicts[0]!.theirs === null && change.kind === 'edit') {
      throw new CliError(`${file}: someone removed the concept "${id}" meanwhile; nothing was changed`);
    }
  }
  throw new CliError(`${file}: the concept "${id}" kept changing under us; nothing was changed. Try again.`);
}

async function runEdit(io: CliIo, file: string, id: string, options: TermCliOptions): Promise<number> {
  if (
    options.ro === undefined &&
    options.en === undefined &&
    options.enStatus === undefined &&
    options.note === undefined
  ) {
    throw new CliError('say what to change: --ro, --en, --en-status or --note');
  }
  const key = await changeConcept(io, file, id, options.wait, (key, base) => ({
    kind: 'edit',
    key,
    base,
    next: edited(base, options),
  }));
  io.stdout(`${key.startsWith('id:') ? key.slice(3) : key}\n`);
  return EXIT.ok;
}

async function runRemove(io: CliIo, file: string, id: string, options: WriteCliOptions): Promise<number> {
  await changeConcept(io, file, id, options.wait, (key, base) => ({ kind: 'delete', key, base }));
  return EXIT.ok;
}

/** Every concept as `list` shows it. */
function listed(g: Glossary): ListedConcept[] {
  const keys = conceptKeys(g);
  return g.concepts.map((c, i) => {
    const terms = Object.entries(c.terms).flatMap(([lang, list]) =>
      list.map((t) => ({ lang, term: t.text, status: t.status })),
    );
    const out: ListedConcept = { id: shownId(c, keys[i]!), terms };
    if (c.note !== undefined) out.note = c.note;
    return out;
  });
}

async function runList(io: CliIo, file: string, options: FormatCliOptions): Promise<number> {
  const glossary = await readGlossaryCached(io, file);
  const concepts = listed(glossary);
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify({ version: 1, concepts })}\n`);
    return EXIT.ok;
  }
  const side = (c: ListedConcept, lang: string, withStatus: boolean) =>
    c.terms
      .filter((t) => t.lang === lang)
      .map((t) => (withStatus ? `${t.term} (${t.status})` : t.term))
      .join('; ');
  for (const c of concepts) {
    const cells = [c.id, side(c, 'ro', false), side(c, 'en', true)];
    if (c.note) cells.push(c.note.replace(/\s+/g, ' '));
    io.stdout(`${cells.join('\t')}\n`);
  }
  return EXIT.ok;
}

async function runValidate(io: CliIo, file: string): Promise<number> {
  const { glossary, text } = await readGlossary(io, file);
  const lines = conceptLines(text, file, glossary);
  const where = (i: number) =>
    lines[i] !== undefined ? `${file}:${lines[i]}` : `${file} (concept ${glossary.concepts[i]!.id})`;
  const problems = validateGlossary(glossary);
  const reports: { line: number; text: string }[] = emptyTermLines(text, file).map((line) => ({
    line,
    text: `${file}:${line}: an empty term; write the term or remove it [empty-term]`,
  }));
  for (const p of problems) {
    const other =
      p.other === undefined
        ? ''
        : lines[p.other] !== undefined
          ? `at line ${lines[p.other]}`
          : glossary.concepts[p.other]!.id;
    reports.push({
      line: lines[p.concept] ?? 0,
      text: `${where(p.concept)}: ${p.message.replace('{other}', other)} [${p.rule}]`,
    });
  }
  // By line, so a long report reads from the top of the file; the sort is stable within a line.
  reports.sort((a, b) => a.line - b.line);
  for (const r of reports) io.stdout(`${r.text}\n`);
  const count = reports.length;
  if (count === 0) {
    io.stderr(`${file}: ${glossary.concepts.length} concepts, no problems\n`);
    return EXIT.ok;
  }
  io.stderr(`${file}: ${count} problem${count === 1 ? '' : 's'} in ${glossary.concepts.length} concepts\n`);
  return EXIT.findings;
}

async function runStats(io: CliIo, file: string, options: FormatCliOptions): Promise<number> {
  const glossary = await readGlossaryCached(io, file);
  const terms: Record<string, Record<TermStatus, number>> = {};
  let withoutPreferredEn = 0;
  let lastChange: { by: string; at: string } | undefined;
  for (const c of glossary.concepts) {
    for (const [lang, list] of Object.entries(c.terms)) {
      const counts = (terms[lang] ??= { preferred: 0, admitted: 0, deprecated: 0, forbidden: 0 });
      for (const t of list) counts[t.status]++;
    }
    if (!(c.terms['en'] ?? []).some((t) => t.status === 'preferred')) withoutPreferredEn++;
    for (const s of [c.created, c.modified]) if (s && (!lastChange || s.at > lastChange.at)) lastChange = s;
  }
  const stats = {
    version: 1,
    format: glossaryFormatOf(file),
    concepts: glossary.concepts.length,
    terms,
    withoutPreferredEnglish: withoutPreferredEn,
    ...(lastChange ? { lastChange } : {}),
  };
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(stats)}\n`);
    return EXIT.ok;
  }
  const out = [`${file}: ${stats.format.toUpperCase()}, ${stats.concepts} concepts`];
  for (const [lang, counts] of Object.entries(terms)) {
    const total = STATUSES.reduce((n, s) => n + counts[s], 0);
    const parts = STATUSES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
    out.push(`  ${lang}: ${total} terms (${parts.join(', ')})`);
  }
  out.push(`  concepts without a preferred English term: ${withoutPreferredEn}`);
  if (lastChange) out.push(`  last change: ${lastChange.at}${lastChange.by ? ` by ${lastChange.by}` : ''}`);
  io.stdout(`${out.join('\n')}\n`);
  return EXIT.ok;
}
