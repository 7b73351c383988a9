import { describe, expect, it } from 'vitest';
import { citePage, readableAddress } from '../../src/graph/sourcePages';
import { parseGraph } from '../../src/graph/schema';

describe('citePage', () => {
  it('names the file and links nothing when the graph has no table of pages, or an address that is not the web', () => {
    expect(citePage(undefined, 'sl-1.txt')).toEqual({ doc: 'sl-1.txt', label: 'sl-1.txt' });
    expect(citePage({ 'sl-1.txt': { url: 'javascript:alert(1)' } }, 'sl-1.txt')).toEqual({
      doc: 'sl-1.txt',
      label: 'sl-1.txt',
    });
    expect(citePage({ 'sl-1.txt': { url: 'not an address' } }, 'sl-1.txt').href).toBeUndefined();
    // A key inherited from Object's prototype is no page.
    expect(citePage({}, 'constructor')).toEqual({ doc: 'constructor', label: 'constructor' });
  });

  it("prefers the page's title, else its address, and keeps the address as written for the link", () => {
    const pages = {
      'bg-1.txt': {
        url: 'https://www.rousse.info/%D1%80%D0%B5%D0%B7%D1%83%D0%BB%D1%82%D0%B0%D1%82%D0%B8/',
        language: 'Bulgarian',
      },
      'en-2.html': { url: 'http://example.eu/p', title: '  Partners of AlpFlow ' },
    };
    expect(citePage(pages, 'bg-1.txt')).toEqual({
      doc: 'bg-1.txt',
      label: 'rousse.info/резултати',
      href: pages['bg-1.txt'].url,
      language: 'Bulgarian',
    });
    expect(citePage(pages, 'en-2.html')).toMatchObject({
      label: 'Partners of AlpFlow',
      href: 'http://example.eu/p',
    });
  });

  it('shortens a long address in the label only', () => {
    const label = readableAddress(new URL(`https://example.eu/${'a'.repeat(200)}`));
    expect(label).toHaveLength(90);
    expect(label.endsWith('…')).toBe(true);
  });
});

describe('the table of pages in the graph format', () => {
  const graph = (documents: unknown) => ({ attributes: { documents }, nodes: [], edges: [] });

  it('refuses a table whose entries are not objects of strings, naming the field', () => {
    const parsed = parseGraph(graph({ 'a.txt': { url: 42 } }), 'g.json');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]).toMatch(/^g\.json: attributes\.documents\.a\.txt\.url: /);
  });

  it('keeps the table on the graph', () => {
    const parsed = parseGraph(graph({ 'a.txt': { url: 'https://a.eu/', language: 'Slovenian' } }));
    expect(parsed.ok && parsed.graph.getAttribute('documents')).toEqual({
      'a.txt': { url: 'https://a.eu/', language: 'Slovenian' },
    });
  });
});
