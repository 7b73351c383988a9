// Quotes in the details panel name the page they come from and link its address, on the bundled graph.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readHeader } from '../../src/pipeline/read';
import { settle } from './graph-page';
import { ARTIFACTS, openApp, type AppSession } from './harness';

let session: AppSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** The pages of seeds/ that state their address, as their `source:` and `language:` header lines give it. */
function seedPages(): Record<string, { url: string; language?: string }> {
  const pages: Record<string, { url: string; language?: string }> = {};
  for (const name of readdirSync('seeds').sort()) {
    const { facts } = readHeader(readFileSync(`seeds/${name}`, 'utf8'));
    if (facts.source)
      pages[name] = {
        url: facts.source.value,
        ...(facts.language ? { language: facts.language.value } : {}),
      };
  }
  return pages;
}

/** The bundled graph without its table of pages, as an older graph file or an import without one has it. */
function bundledWithoutPages(): string {
  const graph = JSON.parse(readFileSync('data/graph.json', 'utf8')) as {
    attributes?: Record<string, unknown>;
  };
  const { documents: _documents, ...attributes } = graph.attributes ?? {};
  graph.attributes = attributes;
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = `${ARTIFACTS}/graph-without-pages.json`;
  writeFileSync(file, JSON.stringify(graph));
  return file;
}

describe('provenance in the details panel', () => {
  it('cites each quote by its page, linked to its address in a new tab, with the page language', async () => {
    // The bundled graph carries the table of its pages, as the pages' headers state them.
    const pages = seedPages();
    const bundled = JSON.parse(readFileSync('data/graph.json', 'utf8')) as {
      attributes: { documents?: Record<string, { url?: string; language?: string }> };
    };
    for (const [doc, known] of Object.entries(pages))
      expect(bundled.attributes.documents?.[doc], doc).toMatchObject(known);
    // Kreis Südböhmen is stated on two German pages, each with its address.
    const key = 'org:kreis-sudbohmen';
    session = await openApp(`?sel=${encodeURIComponent(key)}`, { width: 1366, height: 800 });
    const page = session.page;
    await settle(page);
    const sources = page.locator('.details ul.quotes > li');
    await expect.poll(() => sources.count()).toBeGreaterThan(1);
    const cited = await sources.evaluateAll((items) =>
      items.map((li) => {
        const a = li.querySelector('.doc a');
        return {
          doc: li.querySelector('.doc')?.getAttribute('data-doc') ?? '',
          href: a?.getAttribute('href') ?? null,
          text: a?.textContent ?? '',
          target: a?.getAttribute('target') ?? null,
          rel: a?.getAttribute('rel') ?? null,
          language: li.querySelector('.doc .page-language')?.textContent ?? null,
        };
      }),
    );
    for (const c of cited) {
      const known = pages[c.doc];
      expect(known, c.doc).toBeDefined();
      expect(c.href).toBe(known!.url);
      expect(c.target).toBe('_blank');
      expect(c.rel).toBe('noopener noreferrer');
      // The page named as a person reads it: its site and its address, not the hashed file name.
      expect(c.text).toContain(new URL(known!.url).hostname.replace(/^www\./, ''));
      expect(c.text).not.toContain(c.doc);
      expect(c.language).toBe(known!.language);
    }
    expect(session.problems).toEqual([]);
  });

  it('names the file of a page with no known address, without a link', async () => {
    // A graph with no table of pages: the file name is all there is.
    session = await openApp(
      '?sel=org:kreis-sudbohmen',
      { width: 1366, height: 800 },
      { graph: bundledWithoutPages() },
    );
    const page = session.page;
    await settle(page);
    const doc = page.locator('.details ul.quotes > li .doc').first();
    await doc.waitFor();
    expect(await doc.locator('a').count()).toBe(0);
    expect(await doc.locator('cite').textContent()).toMatch(/^de-[0-9a-f]+\.txt$/);
    expect(session.problems).toEqual([]);
  });
});
