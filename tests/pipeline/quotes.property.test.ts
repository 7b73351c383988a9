// Whatever a page looks like, the extractor does not throw and every quote it makes is text of the page.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_ALIASES } from '../../src/graph/aliases';
import { buildGraph } from '../../src/pipeline/build';
import { extractDocument } from '../../src/pipeline/extract';

const FRAGMENTS = [
  'Project ALPHA-NET',
  'Partners:',
  'Lead partner: Stadt Graz, A',
  '- Comune di Udine (Italia) – capofila',
  '• Občina Koper (Slovenija),',
  'Polska (Klaster X, administrowany przez Y)',
  'Vedoucí partner:',
  'Duration: 1. März 2016 – 28. Februar 2019',
  'Budget: 1 000 000 EUR',
  'Observers:',
  'The European Commission visited the cluster FEMAC.',
  'Projekt Beta realizowany jest w ramach projektu ALPHA-NET.',
  'funded by Interreg Europe',
  '| Name | Country |',
  '|---|---|',
  '| Agency North | PL |',
  '',
  '<p>',
  '</li>',
];

const page = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 30 })), { maxLength: 25 })
  .map((lines) => lines.join('\n'));

describe('extractDocument on arbitrary pages', () => {
  it('never throws and quotes only text that occurs in the page', () => {
    fc.assert(
      fc.property(page, fc.constantFrom('a.txt', 'a.html'), (text, name) => {
        const e = extractDocument({ name, text, readable: text });
        const quotes = [
          ...e.participations.flatMap((p) => [
            p.quote,
            p.organisation.quote,
            p.organisation.country?.quote ?? p.quote,
          ]),
          ...e.fundings.map((f) => f.quote),
          ...e.partOf.map((p) => p.quote),
          ...e.projects.flatMap((p) => p.quotes),
          ...e.notes.flatMap((n) => (n.quote ? [n.quote] : [])),
        ];
        for (const quote of quotes) expect(text.includes(quote), quote).toBe(true);
        const built = buildGraph([e], EMPTY_ALIASES);
        for (const item of [...built.nodes, ...built.edges]) {
          for (const source of item.attributes.sources) expect(text.includes(source.quote)).toBe(true);
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
