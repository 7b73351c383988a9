// The whole pipeline without fs: decoded documents + alias book -> graph.json text and review.md text.
import type { AliasBook } from '../graph/aliases';
import type { SourcePage } from '../graph/types';
import { buildGraph } from './build';
import { extractDocument } from './extract';
import { countryCentroid, forcePositions } from './layout';
import { emptyReason, reviewReport } from './review';
import { serializeGraph } from './serialize';
import type { SourceDocument } from './types';

export const GRAPH_NAME = 'Consortia seed documents';

export interface PipelineOutput {
  graphJson: string;
  reviewMarkdown: string;
  /** Per document, in file order: what was read, for the build's output. */
  pages: Array<{ doc: string; projects: number; partners: number; empty?: string }>;
}

/** The pages' own facts (address, title, language) by file name, in file order: what the quotes cite. */
function pages(sorted: SourceDocument[]): Record<string, SourcePage> {
  const out: Record<string, SourcePage> = {};
  for (const d of sorted) {
    const page: SourcePage = {
      ...(d.source ? { url: d.source.value } : {}),
      ...(d.title ? { title: d.title.value } : {}),
      ...(d.language ? { language: d.language.value } : {}),
    };
    if (Object.keys(page).length) out[d.name] = page;
  }
  return out;
}

/** run.runPipeline: documents (any order) -> the files to write. Pure and deterministic. */
export function runPipeline(documents: SourceDocument[], aliases: AliasBook): PipelineOutput {
  const sorted = [...documents].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const extractions = sorted.map(extractDocument);
  const built = buildGraph(extractions, aliases, sorted);
  const positions = forcePositions(built.nodes, built.edges);
  for (const node of built.nodes) {
    const p = positions.get(node.key);
    if (p) Object.assign(node.attributes, p);
    if (node.attributes.type === 'country') {
      const c = countryCentroid(node.attributes.code);
      if (c) Object.assign(node.attributes, c);
    }
  }
  const pageTable = pages(sorted);
  return {
    graphJson: serializeGraph(built.nodes, built.edges, {
      name: GRAPH_NAME,
      ...(Object.keys(pageTable).length ? { documents: pageTable } : {}),
    }),
    reviewMarkdown: reviewReport(extractions, built, aliases),
    pages: extractions.map((e) => ({
      doc: e.doc,
      projects: e.projects.length,
      partners: e.participations.length,
      ...(e.participations.length ? {} : { empty: emptyReason(e) }),
    })),
  };
}
