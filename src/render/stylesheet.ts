// The cytoscape stylesheet for a theme: colour and shape by node type, size by count, lead rings,
// weight as width, and the classes the adapter toggles (faded, highlighted, hovered, selected, path, label-shown).
import type { NodeSingular, StylesheetJson } from 'cytoscape';
import { NODE_TYPES } from '../graph/types';
import { PROJECT_HEIGHT } from './elements';
import { LARGE_GRAPH_MIN_FONT } from './layouts';
import { metricRules } from './metricAdapter';
import { NODE_SHAPES, PALETTES, type ThemeName } from './palette';

/**
 * Large graphs (layouts.isLargeGraph) trade finish for speed, measured in docs/benchmarks.md: labels
 * smaller than LARGE_GRAPH_MIN_FONT on screen are not drawn, edges are straight "haystack" lines (no
 * bezier control points to compute per edge), nothing fades in and out and labels show their short
 * text (elements.shortLabel), which cytoscape measures once instead of once per character.
 */
export function buildStylesheet(theme: ThemeName, large = false, edgeEvents = true): StylesheetJson {
  const p = PALETTES[theme];
  const minZoomedFontSize = large ? LARGE_GRAPH_MIN_FONT : 7;
  const text = large ? 'data(short)' : 'data(label)';
  const transition = large
    ? { 'transition-property': 'none', 'transition-duration': 0 }
    : { 'transition-property': 'opacity', 'transition-duration': 150 };
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 1.5,
        'border-color': p.background,
        color: p.text,
        'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
        'font-size': 11,
        'font-weight': 500,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-outline-color': p.halo,
        'text-outline-width': 2.5,
        'min-zoomed-font-size': minZoomedFontSize,
        ...transition,
      },
    },
    ...NODE_TYPES.map((type) => ({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': p.node[type], shape: NODE_SHAPES[type] },
    })),
    {
      selector: 'node[type = "project"]',
      style: {
        width: 'data(size)',
        height: `mapData(size, ${PROJECT_HEIGHT.sizes.join(', ')}, ${PROJECT_HEIGHT.heights.join(', ')})`,
      },
    },
    // Only the labels the adapter picked (declutterLabels: on screen, large enough, overlapping no more
    // important one) have text: cytoscape measures every label that has, shown or not.
    { selector: 'node.label-shown', style: { label: text } },
    { selector: 'node[type != "organisation"]', style: { 'font-size': 13 } },
    // Zoomed out on a small graph, the adapter scales labels up so they keep their size on screen.
    {
      selector: 'node[labelScale]',
      style: {
        'font-size': (n: NodeSingular) => Number(n.data('labelFont')),
        'text-max-width': (n: NodeSingular) => `${Number(n.data('labelMax'))}px`,
        'text-margin-y': (n: NodeSingular) => Number(n.data('labelGap')),
        'text-outline-width': (n: NodeSingular) => Number(n.data('labelHalo')),
      },
    },
    {
      selector: 'node[type = "project"][?major], node[type = "country"][?major], node[type = "programme"]',
      style: { 'font-weight': 700 },
    },
    // Lead partners: a ring on the organisation (the lead edge is coloured too).
    {
      selector: 'node[type = "organisation"][?lead]',
      style: { 'border-width': 3.5, 'border-color': p.lead },
    },
    { selector: 'node[?focus]', style: { 'border-width': 4, 'border-color': p.accent } },
    ...metricRules(theme, text),
    {
      selector: 'edge',
      style: {
        // Thousands of ties drawn at full width would cover everything: thin lines on large graphs.
        width: large ? 'mapData(weight, 1, 20, 0.5, 4)' : 'data(width)',
        'line-color': p.edge,
        ...(large ? { 'curve-style': 'haystack', 'haystack-radius': 0 } : { 'curve-style': 'bezier' }),
        // Past layouts.POINTER_EDGES_MAX edges (thin lines, hard to point at), none takes pointer
        // events; a node's ties stand out when it is under the pointer.
        ...(edgeEvents ? {} : { events: 'no' }),
        opacity: 0.75,
        'target-arrow-shape': 'none',
        ...transition,
      },
    },
    { selector: 'edge[role = "lead"]', style: { 'line-color': p.lead, width: 2.5, opacity: 0.9 } },
    { selector: 'edge[role = "associated"], edge[tie = "weak"]', style: { 'line-style': 'dashed' } },
    // A shared country is a weak tie whatever its count: thin, so shared partners stand out.
    { selector: 'edge[tie = "weak"]', style: { width: 1.2, opacity: 0.6 } },
    {
      selector: 'edge[type = "located_in"], edge[type = "funded_by"], edge[type = "part_of"]',
      style: { opacity: 0.35 },
    },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.25 } },
    // The neighbourhood of the node under the pointer comes to the front with its labels; on a large
    // drawing only the node's own label (a hub's hundreds of labels were measured in one task).
    { selector: 'node.highlighted', style: { ...(large ? {} : { label: text }), 'z-index': 10 } },
    { selector: 'node.hovered', style: { label: text, 'z-index': 11 } },
    { selector: 'edge.highlighted', style: { opacity: 1, 'z-index': 9 } },
    // Nothing fades on a large drawing: the ties of the node under the pointer stand out instead.
    ...(large
      ? [
          { selector: 'edge.highlighted', style: { 'line-color': p.accent, width: 2 } },
          { selector: 'node.hovered', style: { 'border-width': 3, 'border-color': p.accent } },
        ]
      : []),
    {
      selector: 'node:selected',
      style: {
        'border-width': 4,
        'border-color': p.accent,
        label: text,
        'z-index': 20,
        'font-weight': 700,
      },
    },
    {
      selector: 'node.path',
      style: { 'border-width': 4, 'border-color': p.path, label: text, 'z-index': 20 },
    },
    { selector: 'edge.path', style: { 'line-color': p.path, width: 5, opacity: 1, 'z-index': 19 } },
  ];
}
