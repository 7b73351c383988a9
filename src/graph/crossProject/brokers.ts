// Brokers: organisations whose removal splits the co-partner network, and those with top betweenness.
import type { Attributes, AbstractGraph } from 'graphology-types';
import { betweenness } from '../metrics/betweenness';
import { toCompact } from '../metrics/compact';
import { articulationPoints } from './articulation';
import type { Broker } from './types';

export interface BrokerOptions {
  /** How many of the highest-betweenness nodes to list besides the articulation points. */
  top: number;
}

export const DEFAULTS: BrokerOptions = { top: 10 };

/**
 * brokers.brokers: on a co-partner projection (organisation–organisation), every articulation point plus
 * the `top` by betweenness (unweighted, exact or sampled per betweenness DEFAULTS), highest first.
 */
export function brokers(
  coPartners: AbstractGraph<Attributes, Attributes, Attributes>,
  options: Partial<BrokerOptions> = {},
): Broker[] {
  const { top } = { ...DEFAULTS, ...options };
  if (!(top >= 0)) throw new Error('brokers: top must be zero or more');
  const compact = toCompact(coPartners);
  const splits = articulationPoints(compact);
  const scores = betweenness(compact).values;
  const order = compact.keys.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const rank = new Uint32Array(compact.keys.length);
  order.forEach((v, i) => (rank[v] = i + 1));
  const chosen = new Set<number>(order.slice(0, top).filter((v) => scores[v]! > 0));
  splits.forEach((count, v) => count > 0 && chosen.add(v));
  return [...chosen]
    .sort((a, b) => Number(splits[b]! > 0) - Number(splits[a]! > 0) || rank[a]! - rank[b]!)
    .map((v) => {
      const key = compact.keys[v]!;
      const label: unknown = coPartners.getNodeAttribute(key, 'label');
      return {
        organisation: key,
        label: typeof label === 'string' ? label : key,
        articulation: splits[v]! > 0,
        splitsInto: splits[v]!,
        betweenness: scores[v]!,
        rank: rank[v]!,
      };
    });
}
