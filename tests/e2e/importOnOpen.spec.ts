import { describe, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from './fixtures.js';
import { waitForProject } from './ui.js';

const XLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="handoff.txt" source-language="ro" target-language="en" datatype="plaintext">
    <body>
      <trans-unit id="1"><source>Bună ziua.</source></trans-unit>
      <trans-unit id="2"><source>Consiliul a aprobat bugetul.</source><target>The council approved the budget.</target></trans-unit>
      <trans-unit id="3"><source>Mulțumim.</source></trans-unit>
    </body>
  </file>
</xliff>
`;

describe('Open project… on an XLIFF file (#10 item 9)', () => {
  test('offers to import it instead of calling it a broken project, and opens the new project', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await waitForProject(page);
    const xlf = join(wb.projectDir, 'handoff.xlf');
    await writeFile(xlf, XLIFF);

    await page.getByTestId('btn-open-project').click();
    await page.getByTestId('open-project-dialog').waitFor();
    await page.getByTestId('op-path').fill(xlf);
    await wb.tolerateErrors(/400|Failed to load resource/, async () => {
      await page.getByTestId('op-open').click();
      await page.getByTestId('import-offer-dialog').waitFor();
    });
    const question = (await page.getByTestId('io-question').textContent()) ?? '';
    expect(question).toContain(xlf);
    expect(question).toContain('XLIFF');
    expect(question).not.toMatch(/JSON|backup/);
    expect(await page.getByTestId('error-banner').count()).toBe(0);

    await page.getByTestId('io-import').click();
    await page.getByTestId('import-offer-dialog').waitFor({ state: 'detached' });
    await waitForProject(page, 3);
    expect(existsSync(join(wb.projectDir, 'handoff.dragoman'))).toBe(true);
    await wb.screenshot('imported');
  });
});
