// The Embed dialog on a phone (390 × 844): a full-screen sheet with Close
// in its first screen, every control a 44 px tap target, one preview (the
// phone's width) that fits, and nothing that scrolls sideways.
import { test, expect } from '@playwright/test';
import { open } from './helpers.mjs';

test.use({ viewport: { width: 390, height: 844 } });

test('on a phone the Embed dialog is a full-screen sheet that scrolls one way, its controls 44 px tall', async ({ page }) => {
  await open(page, '/?topic=syria');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();
  // The whole screen.
  const box = await dialog.boundingBox();
  expect(box).toEqual({ x: 0, y: 0, width: 390, height: 844 });
  // Close within the first screen, before any scrolling.
  const close = dialog.getByRole('button', { name: 'Close' });
  await expect(close).toBeInViewport({ ratio: 1 });
  // One way: down.
  await expect(dialog.locator('iframe').first()).toBeVisible();
  const sideways = await dialog.evaluate((d) => [...d.querySelectorAll('*')]
    .filter((e) => e.checkVisibility() && (e.getBoundingClientRect().right > innerWidth + 0.5 || e.getBoundingClientRect().left < -0.5))
    .map((e) => `${e.tagName.toLowerCase()}.${e.className}`));
  expect(sideways).toEqual([]);
  expect(await dialog.evaluate((d) => d.scrollWidth - d.clientWidth)).toBeLessThanOrEqual(0);
  // One preview, the phone's.
  const previews = dialog.locator('iframe:visible');
  await expect(previews).toHaveCount(1);
  await expect(previews).toHaveAttribute('width', '320');
  // Every control a 44 px tap target, the option labels included.
  const short = await dialog.evaluate((d) => [...d.querySelectorAll('label.embed-choice, button')]
    .filter((e) => e.checkVisibility() && e.getBoundingClientRect().height < 44)
    .map((e) => `${e.textContent.trim()}: ${e.getBoundingClientRect().height}`));
  expect(short).toEqual([]);
  await expect(dialog.locator('label.embed-choice')).toHaveCount(9);
  // The sheet scrolls down to the code, and Close closes it.
  await dialog.getByRole('button', { name: 'Copy code' }).last().scrollIntoViewIfNeeded();
  await expect(dialog.getByRole('button', { name: 'Copy code' }).last()).toBeInViewport();
  await dialog.evaluate((d) => { d.scrollTop = 0; });
  await close.click();
  await expect(dialog).toBeHidden();
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the Embed dialog keeps both previews, 320 and 640 px wide', async ({ page }) => {
    await open(page, '/');
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await expect(dialog.locator('iframe:visible')).toHaveCount(2);
    await expect(dialog.locator('#preview-640')).toBeVisible();
  });
});
