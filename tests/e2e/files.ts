// Files in and out as a person handles them: dropped on the page (a table then read and accepted), and
// exports downloaded from the Export dialog.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Drops a file named `name` holding `content` on the page (on the import dialog's drop area when open). */
export async function drop(page: Page, name: string, content: string): Promise<void> {
  await page.evaluate(
    ({ name, content }) => {
      const data = new DataTransfer();
      data.items.add(new File([content], name, { type: 'text/plain' }));
      const target = document.querySelector('[data-testid="import-drop"]') ?? window;
      for (const type of ['dragover', 'drop'])
        target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { name, content },
  );
}

/** Drops a partner table, reads it with the guessed columns and shows it; resolves once it is on screen. */
export async function importTable(page: Page, name: string, csv: string): Promise<void> {
  await drop(page, name, csv);
  await page.getByRole('button', { name: 'Read the table' }).click();
  await page.getByRole('button', { name: 'Accept and show' }).click();
  await page.waitForFunction((name) => document.querySelector('.dataset-name')?.textContent === name, name);
}

/** Downloads the current view in the format whose radio label starts with `format`; closes the dialog after. */
export async function download(
  page: Page,
  format: string,
  setup?: () => Promise<void>,
): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('radio', { name: new RegExp(`^${format}`) }).check();
  await setup?.();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download' }).click(),
  ]);
  const path = await file.path();
  const dialog = page.getByRole('dialog');
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Close' }).click();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}
