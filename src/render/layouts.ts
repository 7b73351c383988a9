// Layout options per layout id: cytoscape's own (concentric, circle, grid, breadthfirst), fcose and
// the geographic one (positions the projection computed from coordinates). All animate.
import type { LayoutOptions } from 'cytoscape';
import type { LayoutId } from '../graph/views';

export const LAYOUT_LABELS: Record<LayoutId, string> = {
  preset: 'As built',
  fcose: 'Force',
  concentric: 'Concentric (by links)',
  circle: 'Circle',
  grid: 'Grid',
  breadthfirst: 'Tree',
  geographic: 'Map',
};

export const LAYOUT_DEFAULTS = { animationDuration: 450, padding: 40 } as const;

/**
 * Options for `cy.layout()`; `animate` is off for the first paint. The force layout starts from the
 * positions the data build computed when every node has one (`randomize` false), so it is stable
 * from run to run; it starts from random positions otherwise (imported graphs without x/y).
 */
export function layoutOptions(
  id: LayoutId,
  animate: boolean,
  roots?: string[],
  randomize = true,
): LayoutOptions {
  const common = {
    animate,
    animationDuration: LAYOUT_DEFAULTS.animationDuration,
    padding: LAYOUT_DEFAULTS.padding,
    fit: true,
  };
  switch (id) {
    case 'preset':
    case 'geographic':
      return { name: 'preset', ...common };
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        quality: 'default',
        randomize,
        nodeSeparation: 90,
        idealEdgeLength: 110,
        nodeRepulsion: 9000,
        numIter: 2500,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        minNodeSpacing: 30,
        concentric: (node: { degree(loops: boolean): number; data(k: string): unknown }) =>
          node.data('focus') ? 1000 : node.degree(false),
        levelWidth: () => 2,
      } as LayoutOptions;
    case 'circle':
      return { name: 'circle', ...common, spacingFactor: 1.1 };
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true, condense: true };
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        ...common,
        directed: false,
        spacingFactor: 1.2,
        ...(roots?.length ? { roots } : {}),
      } as LayoutOptions;
  }
}
