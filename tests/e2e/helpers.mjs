// Shared steps of the end-to-end tests.
import { expect } from '@playwright/test';

export const TOTAL = 20;

/** Opens the app at `path` and waits until it has taken over from the static markup. */
export async function open(page, path = '/') {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  await page.goto(path);
  await expect(page.locator('.view-switch')).toBeVisible();
  return problems;
}

/** The text of the one live region that counts the statements. */
export function count(page) {
  return page.getByRole('status');
}
