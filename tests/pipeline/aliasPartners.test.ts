// `partner:` entries of the alias file: checked against the documents, applied as participations with
// quotes from the documents, and reported in the review.
import { describe, expect, it } from 'vitest';
import { parseAliases } from '../../src/graph/aliases';
import { parseGraph } from '../../src/graph/schema';
import type { OrganisationAttributes } from '../../src/graph/types';
import { AliasEntryError } from '../../src/pipeline/build';
import { decodeDocument } from '../../src/pipeline/read';
import { runPipeline } from '../../src/pipeline/run';

const NEWS = [
  'Cluster Grüne Energie Steiermark',
  'News',
  '',
  'Neues Erasmus+ Projekt – GreenSkills 4 Regions',
  '',
  'Der cluster grüne energie steiermark nahm an der Konferenz teil.',
  '',
].join('\n');

const documents = [decodeDocument('news.txt', new TextEncoder().encode(NEWS))];

function aliases(text: string) {
  const parsed = parseAliases(text, 'aliases.txt');
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.aliases;
}

function thrown(run: () => unknown): AliasEntryError {
  try {
    run();
  } catch (error) {
    if (error instanceof AliasEntryError) return error;
    throw error;
  }
  throw new Error('expected an AliasEntryError');
}

describe('partner entries of the alias file', () => {
  it('refuses an organisation no document writes, naming the alias line', () => {
    const book = aliases(
      '# why\n\n# The site is its own.\npartner: Cluster Grün Energie = GreenSkills 4 Regions\n',
    );
    const error = thrown(() => runPipeline(documents, book));
    expect(error.line).toBe(4);
    expect(error.message).toBe(
      'alias file line 4: "Cluster Grün Energie" occurs in no document as written, though the project "GreenSkills 4 Regions" does; copy the name exactly as a page writes it',
    );
  });

  it('refuses a project no document names, naming the alias line', () => {
    const book = aliases('# The site is its own.\npartner: Cluster Grüne Energie Steiermark = GreenSkills\n');
    expect(thrown(() => runPipeline(documents, book)).message).toBe(
      'alias file line 2: no document names a project "GreenSkills", though "Cluster Grüne Energie Steiermark" occurs in news.txt',
    );
  });

  it('leaves an entry about other documents unused, and says so in the review', () => {
    const book = aliases('# Another page.\npartner: Stadt Graz = AlpFlow\n');
    const output = runPipeline(documents, book);
    expect(output.graphJson).not.toContain('Stadt Graz');
    expect(output.reviewMarkdown).toContain(
      '- line 2 (**not used** by these documents): partner: Stadt Graz = AlpFlow [partner]',
    );
  });

  it('adds the organisation with every spelling, its role and quotes that occur in the document', () => {
    const book = aliases(
      [
        '# The page is the cluster’s own news site and announces the project as its new one.',
        'partner: Cluster Grüne Energie Steiermark = greenskills 4 regions [lead]',
        '# An Austrian cluster on its own site.',
        'country: Cluster Grüne Energie Steiermark = AT',
      ].join('\n'),
    );
    const output = runPipeline(documents, book);
    const parsed = parseGraph(JSON.parse(output.graphJson), 'graph.json');
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const graph = parsed.graph;
    const org = graph.getNodeAttributes('org:cluster-grune-energie-steiermark') as OrganisationAttributes;
    expect(org).toMatchObject({
      label: 'Cluster Grüne Energie Steiermark',
      names: ['Cluster Grüne Energie Steiermark', 'cluster grüne energie steiermark'],
      country: 'AT',
      kind: 'cluster',
    });
    const edge = 'participates_in:org:cluster-grune-energie-steiermark->project:greenskills-4-regions';
    expect(graph.getEdgeAttributes(edge)).toMatchObject({
      role: 'lead',
      sources: [
        { doc: 'news.txt', quote: 'Cluster Grüne Energie Steiermark' },
        { doc: 'news.txt', quote: 'Neues Erasmus+ Projekt – GreenSkills 4 Regions' },
      ],
    });
    graph.forEachEdge((key, attrs) => {
      for (const s of attrs.sources) expect(NEWS.includes(s.quote), `${key}: ${s.quote}`).toBe(true);
    });
    expect(output.reviewMarkdown).toContain('### Inferred (from the alias file)');
    expect(output.reviewMarkdown).toContain(
      '- "Cluster Grüne Energie Steiermark" is the lead of GreenSkills 4 Regions (“Neues Erasmus+ Projekt – GreenSkills 4 Regions”) from alias file line 2: The page is the cluster’s own news site and announces the project as its new one.',
    );
    expect(output.reviewMarkdown).toContain(
      '- line 2: partner: Cluster Grüne Energie Steiermark = greenskills 4 regions [lead]',
    );
  });
});
