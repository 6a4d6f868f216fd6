// `qe preview`: an editor saves a cell and the open page redraws within a
// second or so; a file that breaks a rule shows the messages `qe check`
// prints, in the page, until it is saved fixed. Runs the app's
// qe-prerender (what `qe preview` runs) on a copy of the invented
// four-side article, with the app the test command built into dist/.
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const PORT = Number(process.env.E2E_APP_PORT || 8090) + 7;

test('the preview redraws after a save and shows a broken file\'s messages, then the fixed story', async ({ page }) => {
  const story = join(mkdtempSync(join(tmpdir(), 'qe-preview-')), 'harbour');
  cpSync(join(root, 'tests/fixtures/other-article'), story, { recursive: true });
  const preview = spawn(join(root, 'target/prerender/prerender/qe-prerender'),
    ['preview', story, '--port', String(PORT), '--app', join(root, 'dist')], { cwd: root });
  const said = [];
  preview.stdout.on('data', (d) => said.push(String(d)));
  preview.stderr.on('data', (d) => said.push(String(d)));
  try {
    await expect.poll(() => said.join(''), { timeout: 15_000 }).toContain('previewing');
    await page.goto(`http://127.0.0.1:${PORT}/?stance=disputed`);
    await expect(page.locator('.view-switch a[href]').first()).toBeVisible();
    const heading = page.getByRole('heading', { level: 1 });
    const headline = (await heading.textContent()).trim();

    // A save: the headline is the first line of article.txt after its metadata.
    const article = join(story, 'article.txt');
    const text = readFileSync(article, 'utf8');
    writeFileSync(article, text.replace(headline, `${headline} (updated)`));
    const saved = Date.now();
    await expect(heading).toHaveText(`${headline} (updated)`, { timeout: 5_000 });
    console.log(`[preview] redrawn ${Date.now() - saved} ms after the save`);
    // The reader's filters stay.
    expect(new URL(page.url()).search).toBe('?stance=disputed');

    // A broken save: a speaker no row declares.
    const statements = join(story, 'statements.csv');
    const rows = readFileSync(statements, 'utf8');
    const [header, first] = rows.split('\n');
    const speakerColumn = header.split(',').indexOf('speaker');
    const cells = first.split(',');
    const broken = [...cells.slice(0, speakerColumn), 'nobody', ...cells.slice(speakerColumn + 1)].join(',');
    writeFileSync(statements, rows.replace(first, broken));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('unknown speaker "nobody"', { timeout: 5_000 });
    await expect(alert).toContainText('broken rule(s); fix them and run this check again.');

    // Fixed again: the story is back.
    writeFileSync(statements, rows);
    await expect(page.locator('.view-switch a[href]').first()).toBeVisible({ timeout: 5_000 });
    await expect(heading).toHaveText(`${headline} (updated)`);
  } finally {
    preview.kill();
  }
});
