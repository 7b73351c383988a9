// File names that say what they hold: consortia-co-partners-2026-11-23.png.

/** fileNames.exportFileName: `consortia-<view>[-<part>]-<yyyy-mm-dd>.<extension>`. */
export function exportFileName(
  view: string,
  extension: string,
  date: Date = new Date(),
  part?: string,
): string {
  const day = date.toISOString().slice(0, 10);
  const safe = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return ['consortia', safe(view), part ? safe(part) : '', day].filter(Boolean).join('-') + `.${extension}`;
}
