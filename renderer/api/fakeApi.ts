import type {
  ApiInput,
  ApiOutput,
  OpenedProject,
  ProjectView,
  RecentProject,
  SegmentChange,
  WorkbenchApi,
} from '../../shared/api/workbenchApi.js';
import { segmentDocument } from '../../shared/text/segment.js';
import { ApiError } from './apiError.js';

/** Options for {@link createFakeApi}. */
export interface FakeApiOptions {
  /** The clock, for savedAt/openedAt stamps. */
  now?: () => Date;
  /** When set, openSample returns a generated project with this many segments (for speed checks). */
  sampleSize?: number;
  /** Edits to report as recovered on the next open (simulates a crash). */
  recovered?: SegmentChange[];
  /** Make the next N saves fail (simulates a backend outage). */
  failSaves?: number;
  shell?: 'electron' | 'web';
  systemLocale?: string;
}

const SAMPLE_SENTENCES = [
  'Consiliul local a aprobat joi bugetul pentru anul viitor, după o dezbatere de aproape patru ore.',
  'Primarul a spus că cele mai mari sume vor merge către școli, spitale și transportul public.',
  'Opoziția a criticat lipsa de transparență și a cerut ca documentele să fie publicate integral pe site-ul instituției.',
  'Potrivit proiectului, o parte din bani va fi folosită pentru reabilitarea a douăsprezece clădiri vechi din centrul orașului.',
  'Lucrările ar urma să înceapă în primăvară.',
  'Locuitorii pot trimite propuneri până la sfârșitul lunii, prin e-mail sau la registratura primăriei.',
  'Un consilier a propus ca o mică parte din buget să fie decisă direct de cetățeni, prin vot online, așa cum se întâmplă deja în alte orașe din țară.',
  'Propunerea va fi discutată în ședința următoare.',
];

/** Builds a generated source text of `n` sentences in paragraphs of one to five. */
export function generatedSourceText(n: number): string {
  const paragraphs: string[] = [];
  let i = 0;
  while (i < n) {
    const size = Math.min(n - i, 1 + (paragraphs.length % 5));
    const sentences: string[] = [];
    for (let k = 0; k < size; k++, i++) sentences.push(SAMPLE_SENTENCES[i % SAMPLE_SENTENCES.length] ?? '');
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n');
}

function projectFromText(
  path: string,
  name: string,
  text: string,
  markdown: boolean,
  glossaries: string[],
): ProjectView {
  const segments = segmentDocument(text, { markdown }).map((s, i) => ({
    id: `s${i + 1}`,
    source: s.text,
    target: '',
    paragraph: s.paragraph,
    status: 'untranslated' as const,
  }));
  return { path, name, sourceLang: 'ro-RO', targetLang: 'en-GB', segments, glossaries, revision: 0 };
}

/**
 * An in-memory WorkbenchApi for developing the UI without a backend and for
 * unit tests: projects live in a Map, saves apply changes and bump the revision.
 */
export function createFakeApi(opts: FakeApiOptions = {}): WorkbenchApi & { projects: Map<string, ProjectView> } {
  const now = opts.now ?? (() => new Date());
  const projects = new Map<string, ProjectView>();
  let recent: RecentProject[] = [];
  let uiLanguage: 'en' | 'ro' | null = null;
  let failSaves = opts.failSaves ?? 0;
  let recovered = opts.recovered ?? null;
  const journal = new Map<string, SegmentChange[]>();

  function opened(p: ProjectView): OpenedProject {
    recent = [
      { path: p.path, name: p.name, openedAt: now().toISOString(), ...(p.sample ? { sample: true } : {}) },
      ...recent.filter((r) => r.path !== p.path),
    ];
    const out: OpenedProject = { project: structuredClone(p), recovered };
    if (recovered) journal.set(p.path, recovered);
    recovered = null;
    return out;
  }

  function apply(p: ProjectView, changes: SegmentChange[]): void {
    const byId = new Map(p.segments.map((s) => [s.id, s]));
    for (const c of changes) {
      const s = byId.get(c.id);
      if (!s) throw new ApiError({ code: 'unknown-segment', message: `No segment ${c.id} in ${p.path}.` });
      if (c.target !== undefined) s.target = c.target;
      if (c.status !== undefined) s.status = c.status;
      if (c.note !== undefined) s.note = c.note;
    }
  }

  const api = {
    projects,
    async appInfo(): Promise<ApiOutput<'appInfo'>> {
      return {
        version: '0.0.0-fake',
        shell: opts.shell ?? 'web',
        systemLocale: opts.systemLocale ?? 'en-GB',
        uiLanguage,
      };
    },
    async setUiLanguage(input: ApiInput<'setUiLanguage'>): Promise<ApiOutput<'setUiLanguage'>> {
      uiLanguage = input.language;
      return { ok: true };
    },
    async recentProjects(): Promise<ApiOutput<'recentProjects'>> {
      return recent;
    },
    async openSample(): Promise<ApiOutput<'openSample'>> {
      const path = '/fake/sample.dragoman';
      let p = projects.get(path);
      if (!p) {
        const text = generatedSourceText(opts.sampleSize ?? SAMPLE_SENTENCES.length);
        p = { ...projectFromText(path, 'Sample', text, false, []), sample: true };
        projects.set(path, p);
      }
      return opened(p);
    },
    async openProject(input: ApiInput<'openProject'>): Promise<ApiOutput<'openProject'>> {
      const p = projects.get(input.path);
      if (!p) throw new ApiError({ code: 'not-found', message: `${input.path} does not exist.` });
      return opened(p);
    },
    async createProject(input: ApiInput<'createProject'>): Promise<ApiOutput<'createProject'>> {
      const path = input.savePath ?? `/fake/${input.name.replace(/[^\p{L}\p{N}]+/gu, '-')}.dragoman`;
      const p = projectFromText(path, input.name, input.sourceText, input.sourceFormat === 'md', input.glossaryPaths);
      projects.set(path, p);
      return opened(p);
    },
    async saveSegments(input: ApiInput<'saveSegments'>): Promise<ApiOutput<'saveSegments'>> {
      if (failSaves > 0) {
        failSaves--;
        throw new ApiError({ code: 'io', message: 'The disk is not writable (simulated).' });
      }
      const p = projects.get(input.path);
      if (!p) throw new ApiError({ code: 'not-found', message: `${input.path} does not exist.` });
      if (input.baseRevision !== p.revision) {
        throw new ApiError({
          code: 'stale-revision',
          message: `${input.path} changed since revision ${input.baseRevision}.`,
        });
      }
      apply(p, input.changes);
      p.revision++;
      return { revision: p.revision, savedAt: now().toISOString() };
    },
    async resolveRecovery(input: ApiInput<'resolveRecovery'>): Promise<ApiOutput<'resolveRecovery'>> {
      const p = projects.get(input.path);
      if (!p) throw new ApiError({ code: 'not-found', message: `${input.path} does not exist.` });
      const pending = journal.get(input.path);
      journal.delete(input.path);
      if (input.accept && pending) {
        apply(p, pending);
        p.revision++;
      }
      return { revision: p.revision, savedAt: now().toISOString() };
    },
    async chooseFile(): Promise<ApiOutput<'chooseFile'>> {
      return null;
    },
    async readTextFile(input: ApiInput<'readTextFile'>): Promise<ApiOutput<'readTextFile'>> {
      throw new ApiError({ code: 'not-found', message: `${input.path} cannot be read in the fake backend.` });
    },
    async exportProject(input: ApiInput<'exportProject'>): Promise<ApiOutput<'exportProject'>> {
      throw new ApiError({ code: 'io', message: `${input.path} cannot be exported in the fake backend.` });
    },
  };
  return api;
}
