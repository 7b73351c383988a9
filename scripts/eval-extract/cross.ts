// Organisations that the gold shows on several pages: does the whole corpus's graph make each one node?
import type { AliasBook } from '../../src/graph/aliases';
import { nameKey } from '../../src/graph/normalise';
import { buildGraph } from '../../src/pipeline/build';
import { extractDocument } from '../../src/pipeline/extract';
import type { SourceDocument } from '../../src/pipeline/types';
import type { Gold } from './gold';
import { predictedOf } from './pages';

export interface CrossPage {
  /** Gold organisations named on two or more pages (linked by a shared spelling). */
  repeated: Array<{ names: string[]; pages: string[]; nodes: number }>;
}

export function crossPage(golds: Gold[], documents: SourceDocument[], aliases: AliasBook): CrossPage {
  const groups: Array<{ keys: Set<string>; names: string[]; pages: Set<string> }> = [];
  for (const gold of golds) {
    for (const org of gold.organisations) {
      const keys = new Set(org.names.map(nameKey));
      const met = groups.filter((g) => [...keys].some((k) => g.keys.has(k)));
      const group = met[0] ?? { keys: new Set<string>(), names: [], pages: new Set<string>() };
      if (!met.length) groups.push(group);
      for (const other of met.slice(1)) {
        for (const k of other.keys) group.keys.add(k);
        group.names.push(...other.names);
        for (const p of other.pages) group.pages.add(p);
        groups.splice(groups.indexOf(other), 1);
      }
      for (const k of keys) group.keys.add(k);
      for (const n of org.names) if (!group.names.includes(n)) group.names.push(n);
      group.pages.add(gold.page);
    }
  }
  const sorted = [...documents].sort((a, b) => (a.name < b.name ? -1 : 1));
  const whole = predictedOf(buildGraph(sorted.map(extractDocument), aliases, sorted));
  const repeated = groups
    .filter((g) => g.pages.size > 1)
    .map((g) => ({
      names: g.names,
      pages: [...g.pages].sort(),
      nodes: whole.organisations.filter((o) => o.names.some((n) => g.keys.has(nameKey(n)))).length,
    }));
  return { repeated };
}
