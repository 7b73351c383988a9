// Draws metric sizes and colours and cross-project highlights on the cytoscape instance, through data
// fields and classes the stylesheet reads (metricRules), so it never fights the view's own styling.
import type { Core } from 'cytoscape';
import type { NodeMetricStyle } from './metricStyle';
import { PALETTES, type ThemeName } from './palette';

/** Stylesheet rules for metric size/colour and emphasis; stylesheet.ts places them after the type rules. */
export function metricRules(theme: ThemeName) {
  const p = PALETTES[theme];
  return [
    { selector: 'node[msize]', style: { width: 'data(msize)', height: 'data(msize)' } },
    { selector: 'node[mcolor]', style: { 'background-color': 'data(mcolor)' } },
    { selector: '.dimmed', style: { opacity: 0.12, 'text-opacity': 0.2 } },
    {
      selector: 'node.emphasised',
      style: {
        'border-width': 5,
        'border-color': p.path,
        label: 'data(label)',
        'font-weight': 700,
        'z-index': 25,
      },
    },
    { selector: 'edge.emphasised', style: { opacity: 1, 'line-color': p.path, 'z-index': 24 } },
  ];
}

/** metricAdapter.applyMetricStyle: sets or clears each node's metric size and colour. */
export function applyMetricStyle(cy: Core, styles: Map<string, NodeMetricStyle>): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const style = styles.get(node.id());
      if (style?.size !== undefined) node.data('msize', style.size);
      else node.removeData('msize');
      if (style?.color !== undefined) node.data('mcolor', style.color);
      else node.removeData('mcolor');
    });
  });
}

/** metricAdapter.emphasise: rings `keys` and the ties among them and dims the rest; empty clears. */
export function emphasise(cy: Core, keys: string[]): void {
  cy.batch(() => {
    cy.elements().removeClass('dimmed emphasised');
    const nodes = cy.collection();
    for (const key of keys) nodes.merge(cy.getElementById(key));
    if (nodes.empty()) return;
    const ties = nodes.edgesWith(nodes);
    nodes.addClass('emphasised');
    ties.addClass('emphasised');
    cy.elements().not(nodes).not(ties).addClass('dimmed');
  });
}
