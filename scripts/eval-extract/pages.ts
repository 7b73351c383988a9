// What the pipeline reads from each page on its own: the page's extraction resolved into nodes and edges.
import type { AliasBook } from '../../src/graph/aliases';
import type { OrganisationAttributes, ProjectAttributes } from '../../src/graph/types';
import { buildGraph, type BuiltGraph } from '../../src/pipeline/build';
import { extractDocument } from '../../src/pipeline/extract';
import type { SourceDocument } from '../../src/pipeline/types';
import type { Predicted } from './score';

export function predictedOf(built: BuiltGraph): Predicted {
  const out: Predicted = { projects: [], organisations: [], participations: [] };
  for (const node of built.nodes) {
    const a = node.attributes;
    if (a.type === 'project') {
      const p = a as ProjectAttributes;
      const names = [p.label, ...p.names, ...(p.acronym ? [p.acronym] : []), ...(p.code ? [p.code] : [])];
      out.projects.push({ id: node.key, names });
    } else if (a.type === 'organisation') {
      const o = a as OrganisationAttributes;
      out.organisations.push({
        id: node.key,
        names: [o.label, ...o.names],
        ...(o.country ? { country: o.country } : {}),
      });
    }
  }
  for (const edge of built.edges) {
    const a = edge.attributes;
    if (a.type === 'participates_in' && a.role)
      out.participations.push({ organisation: edge.source, project: edge.target, role: a.role });
  }
  return out;
}

/** pages.extractPages: each document read alone (with the alias book), keyed by file name. */
export function extractPages(documents: SourceDocument[], aliases: AliasBook): Map<string, Predicted> {
  return new Map(
    documents.map((doc) => [doc.name, predictedOf(buildGraph([extractDocument(doc)], aliases, [doc]))]),
  );
}
