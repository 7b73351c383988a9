import { describe, expect, it } from 'vitest';
import {
  chooseLabels,
  LANDMARK_PX,
  landmarkCount,
  labelPriority,
  labelScale,
  labelWidth,
  pickLabels,
  type LabelBox,
  type LabelNode,
} from '../../src/render/labels';

const box = (id: string, x: number, top: number, priority: number, width = 60): LabelBox => ({
  id,
  x,
  top,
  width,
  height: 14,
  priority,
});

describe('label decluttering', () => {
  it('keeps nothing from nothing', () => {
    expect(pickLabels([])).toEqual(new Set());
  });

  it('drops the lower-priority label of two that overlap, keeps labels that do not', () => {
    const kept = pickLabels([box('org', 100, 100, 1), box('project', 120, 105, 5), box('far', 400, 100, 0)]);
    expect([...kept].sort()).toEqual(['far', 'project']);
  });

  it('labels side by side with room between them both stay', () => {
    expect(pickLabels([box('a', 100, 100, 1), box('b', 170, 100, 1)]).size).toBe(2);
    expect(pickLabels([box('a', 100, 100, 1), box('b', 150, 100, 1)]).size).toBe(1);
  });

  it('no two kept labels overlap in a crowd', () => {
    const crowd = Array.from({ length: 200 }, (_, i) => box(`n${i}`, (i * 37) % 500, (i * 53) % 300, i % 7));
    const kept = crowd.filter((b) => pickLabels(crowd).has(b.id));
    for (const a of kept)
      for (const b of kept) {
        if (a === b) continue;
        const apart =
          Math.abs(a.x - b.x) * 2 >= a.width + b.width ||
          a.top >= b.top + b.height ||
          b.top >= a.top + a.height;
        expect(apart).toBe(true);
      }
    expect(kept.length).toBeGreaterThan(10);
  });

  it('label width grows with zoom and stops at the maximum width', () => {
    expect(labelWidth('SMART+', 2)).toBeCloseTo(2 * labelWidth('SMART+', 1));
    expect(labelWidth('x'.repeat(200), 1)).toBe(140);
  });
});

describe('labelScale', () => {
  it('keeps labels at their size from zoom 1 up, and on large graphs at any zoom', () => {
    expect(labelScale(1, false)).toBe(1);
    expect(labelScale(2.5, false)).toBe(1);
    expect(labelScale(0.25, true)).toBe(1);
  });

  it('grows labels by 1/zoom when a small graph is zoomed out, so they keep their size on screen', () => {
    expect(labelScale(0.5, false)).toBe(2);
    expect(labelScale(0.25, false) * 0.25 * 11).toBeCloseTo(11);
  });
});

describe('chooseLabels', () => {
  const view = { zoom: 1, pan: { x: 0, y: 0 }, width: 800, height: 600 };
  const node = (id: string, x: number, y: number, extra: Partial<LabelNode> = {}): LabelNode => ({
    id,
    x,
    y,
    height: 18,
    text: `Organisation ${id}`,
    type: 'organisation',
    count: 1,
    ...extra,
  });

  it('labels nothing when no node has text', () => {
    expect(chooseLabels([node('a', 100, 100, { text: '' })], view, false).shown).toEqual(new Set());
  });

  it('on a large drawing, leaves out labels wholly off screen and keeps one that reaches into it', () => {
    const nodes = [
      node('in', 400, 300),
      node('left', -300, 300),
      node('below', 400, 700),
      node('edge', -40, 300),
    ];
    expect([...chooseLabels(nodes, view, true).shown].sort()).toEqual(['edge', 'in']);
    // A small drawing keeps them: fitting it to the screen measures its labels.
    expect(chooseLabels(nodes, view, false).shown.size).toBe(4);
  });

  it('keeps the busier of two organisations whose labels would overlap, and a project over both', () => {
    const crowd = [node('quiet', 100, 100), node('busy', 110, 102, { count: 9 })];
    expect([...chooseLabels(crowd, view, false).shown]).toEqual(['busy']);
    const withProject = [...crowd, node('project', 105, 98, { type: 'project', count: 2 })];
    expect([...chooseLabels(withProject, view, false).shown]).toEqual(['project']);
  });

  it('places the label under the node by its height and pan, so a tall node pushes it clear', () => {
    // Two nodes 30 px apart vertically: small ones collide, a tall upper one moves its label below the other's.
    const pair = (h: number) => [node('top', 100, 100, { height: h, count: 5 }), node('low', 100, 122)];
    expect(chooseLabels(pair(18), view, false).shown.size).toBe(2);
    expect(chooseLabels(pair(50), view, false).shown).toEqual(new Set(['top']));
    // Panned up by 200 px, a node at y 100 is off screen: a large drawing no longer labels it.
    const panned = chooseLabels([node('a', 100, 100)], { ...view, zoom: 1, pan: { x: 0, y: -200 } }, true);
    expect(panned.shown.size).toBe(0);
  });

  it('drops labels cytoscape would not draw: below 7 px on small graphs, below 10 px on large ones', () => {
    const at = (zoom: number, large: boolean) =>
      chooseLabels([node('org', 100, 100)], { ...view, zoom }, large).shown.size;
    // 11 px organisation labels: 0.8 zoom draws 8.8 px. On a large drawing such a label is only drawn
    // as a landmark (below), scaled up; at 0.95 it is drawn as it is.
    const at08 = chooseLabels([node('org', 100, 100)], { ...view, zoom: 0.8 }, true);
    expect(at08.landmarks.get('org')! * 0.8 * 11).toBeCloseTo(LANDMARK_PX);
    expect(chooseLabels([node('org', 100, 100)], { ...view, zoom: 0.95 }, true).landmarks.size).toBe(0);
    expect(at(0.95, true)).toBe(1);
    // Small graphs scale labels back up when zoomed out (labelScale), so they keep 11 px.
    expect(at(0.3, false)).toBe(1);
    expect(chooseLabels([], { ...view, zoom: 0.5 }, false).scale).toBe(2);
  });

  it('labels the most important few of a large drawing zoomed out, at a readable size', () => {
    // 40 organisations on a grid, 4 by 10, all on screen at zoom 0.25 and their labels apart.
    const grid = Array.from({ length: 40 }, (_, i) =>
      node(`o${String(i).padStart(2, '0')}`, (i % 4) * 800, Math.floor(i / 4) * 200, { count: i }),
    );
    const fitted = { ...view, zoom: 0.25 };
    const { shown, scale, landmarks } = chooseLabels(grid, fitted, true);
    expect(scale).toBe(1);
    const count = landmarkCount(view.width, view.height);
    expect(count).toBe(8);
    // The busiest eight, each scaled to be drawn at LANDMARK_PX.
    expect([...shown].sort()).toEqual(['o32', 'o33', 'o34', 'o35', 'o36', 'o37', 'o38', 'o39']);
    for (const id of shown) expect(landmarks.get(id)! * 0.25 * 11).toBeCloseTo(LANDMARK_PX);
    // The selected node is one of them, wherever it ranks; zoomed in, labels are plain again.
    const selected = grid.map((n) => (n.id === 'o00' ? { ...n, selected: true } : n));
    expect(chooseLabels(selected, fitted, true).shown.has('o00')).toBe(true);
    expect(chooseLabels(grid, { ...view, zoom: 1 }, true).landmarks.size).toBe(0);
    // A small drawing scales every label instead.
    expect(chooseLabels(grid, fitted, false).landmarks.size).toBe(0);
  });

  it('keeps landmarks apart from each other', () => {
    // Two busy nodes at the same place: one landmark, not two labels on top of each other.
    const pair = [node('a', 100, 100, { count: 9 }), node('b', 101, 100, { count: 8 })];
    expect([...chooseLabels(pair, { ...view, zoom: 0.2 }, true).shown]).toEqual(['a']);
  });

  it('a selected organisation wins over a project, and the ego centre over a country of any size', () => {
    expect(labelPriority({ type: 'organisation', count: 0, selected: true })).toBeGreaterThan(
      labelPriority({ type: 'project', count: 40, major: true }),
    );
    expect(labelPriority({ type: 'organisation', count: 1, focus: true })).toBeGreaterThan(
      labelPriority({ type: 'country', count: 20_000, major: true }),
    );
    expect(labelPriority({ type: 'organisation', count: 0, selected: true })).toBeGreaterThan(
      labelPriority({ type: 'country', count: 20_000, major: true, focus: true }),
    );
  });
});
