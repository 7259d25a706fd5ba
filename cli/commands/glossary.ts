import { glossaryFormatOf, parseGlossary } from '../../glossary/common/codec.js';
import { conceptKeys, conceptLines } from '../../glossary/common/conceptEdit.js';
import { conceptToWire } from '../../glossary/common/glossaryChanges.js';
import { emptyTermLines, validateGlossary } from '../../glossary/common/validateGlossary.js';
import type { ConceptWire, GlossaryChange, TermWire } from '../../shared/api/workbenchApi.js';
import type { Concept, Glossary, TermStatus } from '../../shared/model/glossary.js';
import { CliError } from '../errors.js';
import { cliStore, stored, writeOptions } from '../glossaryWrites.js';
import { resolveArg } from '../io.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../main.js';
import { STATUSES } from '../commandLine/glossary.js';

/** Options of `dragoman glossary` subcommands (cli/commandLine/glossary.ts). */
export interface WriteCliOptions {
  wait: string;
}

/** Options of `dragoman glossary` subcommands (cli/commandLine/glossary.ts). */
export interface TermCliOptions extends WriteCliOptions {
  ro?: string;
  en?: string;
  enStatus?: TermStatus;
  note?: string;
}

/** Options of `dragoman glossary` subcommands (cli/commandLine/glossary.ts). */
export interface FormatCliOptions {
  format: 'text' | 'json';
}

/** One concept as `dragoman glossary list --format json` prints it (version 1). */
export interface ListedConcept {
  id: string;
  terms: { lang: string; term: string; status: TermStatus }[];
  note?: string;
}

/** A file argument checked for a glossary extension, resolved against the CLI's folder. */
function glossaryPath(io: CliIo, file: string): string {
  glossaryFormatOf(file);
  return resolveArg(io, file);
}

async function readGlossary(io: CliIo, file: string): Promise<{ text: string; glossary: Glossary; path: string }> {
  const path = glossaryPath(io, file);
  const { text } = await stored(file, '0', cliStore().read(path));
  return { text, glossary: parseGlossary(text, file), path };
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

/** Runs `dragoman glossary add` and resolves to its exit code. */
export async function runAdd(io: CliIo, file: string, options: TermCliOptions): Promise<number> {
  const path = glossaryPath(io, file);
  const ro = options.ro?.trim() ?? '';
  const en = options.en?.trim() ?? '';
  if (!ro || !en) throw new CliError('--ro and --en need a term each; an empty term matches nothing');
  // A team starts its glossary with its first entry: a missing file is made, empty, in the format its
  // extension names (under the lock, so two first adds do not both create it), and the user is told,
  // since a mistyped name would otherwise go unnoticed.
  if ((await cliStore().stamp(path)) === null) {
    const created = await stored(file, options.wait, cliStore().create(path, writeOptions(io, file, options.wait)));
    if (created) io.stderr(`dragoman: ${file} did not exist; created a new, empty glossary there\n`);
  }
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

/** Runs `dragoman glossary edit` and resolves to its exit code. */
export async function runEdit(io: CliIo, file: string, id: string, options: TermCliOptions): Promise<number> {
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

/** Runs `dragoman glossary rm` and resolves to its exit code. */
export async function runRemove(io: CliIo, file: string, id: string, options: WriteCliOptions): Promise<number> {
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

/** Runs `dragoman glossary list` and resolves to its exit code. */
export async function runList(io: CliIo, file: string, options: FormatCliOptions): Promise<number> {
  const { glossary } = await readGlossary(io, file);
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

/** Runs `dragoman glossary validate` and resolves to its exit code. */
export async function runValidate(io: CliIo, file: string): Promise<number> {
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

/** Runs `dragoman glossary stats` and resolves to its exit code. */
export async function runStats(io: CliIo, file: string, options: FormatCliOptions): Promise<number> {
  const { glossary } = await readGlossary(io, file);
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
