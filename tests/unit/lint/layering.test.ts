import { describe, it, expect } from 'vitest';
import { ESLint } from 'eslint';

// The dependency direction of design.md is enforced by ESLint; these cases make
// sure a wrong import really fails `npm test` (and a right one does not).
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering rules', () => {
  const refused: Array<[string, string, RegExp]> = [
    [
      'shared/text/x.ts',
      "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n",
      /shared\/ is pure/,
    ],
    [
      'shared/checks/x.ts',
      "import { buildTermIndex } from '../../glossary/common/termIndex.js';\nexport const f = buildTermIndex;\n",
      /shared\/ is pure/,
    ],
    [
      'glossary/common/x.ts',
      "import { readFile } from 'node:fs/promises';\nexport const f = readFile;\n",
      /glossary\/common\/ is pure/,
    ],
    [
      'glossary/common/x.ts',
      "import { loadGlossaryFile } from '../node/glossaryFile.js';\nexport const f = loadGlossaryFile;\n",
      /glossary\/common\/ is pure/,
    ],
    [
      'renderer/x.ts',
      "import { ipcRenderer } from 'electron';\nexport const f = ipcRenderer;\n",
      /renderer\/ talks to the backend/,
    ],
    [
      'renderer/x.ts',
      "import { loadGlossaryFile } from '../glossary/node/glossaryFile.js';\nexport const f = loadGlossaryFile;\n",
      /renderer\//,
    ],
    ['glossary/node/x.ts', "import { main } from '../../cli/main.js';\nexport const f = main;\n", /glossary\/node\//],
    ['cli/x.ts', "import { app } from 'electron';\nexport const f = app;\n", /cli\//],
    [
      'memory/common/x.ts',
      "import { readFile } from 'node:fs/promises';\nexport const f = readFile;\n",
      /memory\/common\/ is pure/,
    ],
    [
      'memory/common/x.ts',
      "import { MemorySet } from '../node/memoryStore.js';\nexport const f = MemorySet;\n",
      /memory\/common\/ is pure/,
    ],
    [
      'memory/node/x.ts',
      "import { ProjectStore } from '../../electron/services/projectStore.js';\nexport const f = ProjectStore;\n",
      /memory\/node\//,
    ],
    [
      'renderer/x.ts',
      "import { MemorySet } from '../memory/node/memoryStore.js';\nexport const f = MemorySet;\n",
      /renderer\//,
    ],
  ];
  for (const [file, code, message] of refused) {
    it(`refuses a wrong import in ${file}`, async () => {
      const messages = await restrictedImportMessages(file, code);
      expect(messages.length).toBe(1);
      expect(messages[0]).toMatch(message);
    });
  }

  const allowed: Array<[string, string]> = [
    ['glossary/common/x.ts', "import { tokenize } from '../../shared/text/tokenize.js';\nexport const f = tokenize;\n"],
    ['glossary/node/x.ts', "import { readFile } from 'node:fs/promises';\nexport const f = readFile;\n"],
    ['cli/x.ts', "import { readFile } from 'node:fs/promises';\nexport const f = readFile;\n"],
    ['renderer/x.ts', "import { tokenize } from '../shared/text/tokenize.js';\nexport const f = tokenize;\n"],
    ['renderer/x.ts', "import { TmIndex } from '../memory/common/tmIndex.js';\nexport const f = TmIndex;\n"],
    ['memory/node/x.ts', "import { readFile } from 'node:fs/promises';\nexport const f = readFile;\n"],
    [
      'memory/node/x.ts',
      "import { writeFileAtomically } from '../../glossary/node/atomicWrite.js';\nexport const f = writeFileAtomically;\n",
    ],
  ];
  for (const [file, code] of allowed) {
    it(`allows a right import in ${file}`, async () => {
      expect(await restrictedImportMessages(file, code)).toEqual([]);
    });
  }
});

describe('the electron/ exception for the UI catalogue', () => {
  it('lets electron/ read renderer/i18n JSON but not renderer code', async () => {
    expect(
      await restrictedImportMessages(
        'electron/x.ts',
        "import en from '../renderer/i18n/en.json';\nexport const f = en;\n",
      ),
    ).toEqual([]);
    const code = "import { App } from '../renderer/App.js';\nexport const f = App;\n";
    expect(await restrictedImportMessages('electron/x.ts', code)).toHaveLength(1);
  });
});
