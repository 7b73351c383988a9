// Draws metric sizes and colours and cross-project highlights on the cytoscape instance, through data
// fields and classes the stylesheet reads (metricRules), so it never fights the view's own styling.
import type { Core } from 'cytoscape';
import { setClass } from './classes';
import type { NodeMetricStyle } from './metricStyle';
import { PALETTES, type ThemeName } from './palette';

/**
 * Stylesheet rules for metric size/colour and emphasis; stylesheet.ts places them after the type rules
 * and passes the label mapping it uses (`data(label)`, or `data(short)` on large drawings).
 */
export function metricRules(theme: ThemeName, label = 'data(label)') {
  const p = PALETTES[theme];
  return [
    { selector: 'node[msize]', style: { width: 'data(msize)', height: 'data(msize)' } },
    { selector: 'node[mcolor]', style: { 'background-color': 'data(mcolor)' } },
    { selector: '.dimmed', style: { opacity: 0.12, 'text-opacity': 0.2 } },
    {
      selector: 'node.emphasised',
      style: {
        'border-width': 5,
        'border-color': p.accent,
        label,
        'font-weight': 700,
        'z-index': 25,
      },
    },
    { selector: 'edge.emphasised', style: { opacity: 1, 'line-color': p.accent, 'z-index': 24 } },
  ];
}

/**
 * metricAdapter.applyMetricStyle: sets or clears each node's metric size and colour. Only nodes whose
 * values change are touched: setting data restyles a node even when the value is the same.
 */
export function applyMetricStyle(cy: Core, styles: Map<string, NodeMetricStyle>): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const style = styles.get(node.id());
      for (const [key, value] of [
        ['msize', style?.size],
        ['mcolor', style?.color],
      ] as const) {
        if (node.data(key) === value) continue;
        if (value !== undefined) node.data(key, value);
        else node.removeData(key);
      }
    });
  });
}

/** metricAdapter.emphasise: rings `keys` and the ties among them and dims the rest; empty clears. */
export function emphasise(cy: Core, keys: string[]): void {
  cy.batch(() => {
    const nodes = cy.collection();
    for (const key of keys) nodes.merge(cy.getElementById(key));
    const emphasised = nodes.nonempty() ? nodes.union(nodes.edgesWith(nodes)) : cy.collection();
    setClass(cy, 'emphasised', emphasised);
    setClass(cy, 'dimmed', emphasised.nonempty() ? cy.elements().not(emphasised) : cy.collection());
  });
}
