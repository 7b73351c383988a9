// The cytoscape adapter: creates the instance, syncs elements from a view, runs layouts, toggles
// highlight classes and binds events. It never owns the graph: it only draws what it is given.
import cytoscape, { type Core, type EventObject, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutId } from '../graph/views';
import { setClass } from './classes';
import { fitAround, fitBesideCorner, overlaps, type Rect, type Viewport } from './fitAround';
import { nodeHeight, type ElementDefinitions, type NodeData } from './elements';
import { chooseLabels, LABEL_DEFAULTS, labelFontSize, type LabelNode } from './labels';
import { isLargeGraph, LAYOUT_DEFAULTS, layoutOptions } from './layouts';
import { buildStylesheet } from './stylesheet';
import type { ThemeName } from './palette';

let registered = false;
function register(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

export function createCy(container: HTMLElement, theme: ThemeName): Core {
  register();
  return cytoscape({
    container,
    style: buildStylesheet(theme),
    // A cut view of 800 nodes placed by ForceAtlas2 spans some 13,000 px: on a 390-px phone it fits
    // at about 0.025 (at 0.05 its sides were off the screen).
    minZoom: 0.02,
    maxZoom: 6,
    boxSelectionEnabled: false,
    selectionType: 'single',
    textureOnViewport: false,
    hideEdgesOnViewport: false,
  });
}

/** Data keys a node or edge may carry or not (elements.NodeData, EdgeData): dropped when `next` lacks them. */
const OPTIONAL_DATA = ['lead', 'focus', 'major', 'role', 'tie', 'via'] as const;

/** Whether `current` already holds every value of `next` and none of the optional keys `next` lacks. */
function holds(current: Record<string, unknown>, next: object): boolean {
  for (const [k, v] of Object.entries(next)) if (current[k] !== v) return false;
  return OPTIONAL_DATA.every((k) => k in next || current[k] === undefined);
}

/**
 * Takes away the drawn elements `next` lacks, runs `beforeAdd`, updates the data of those that stay
 * where it changed (setting data restyles an element even when the values are the same) and returns
 * the definitions of the elements still to add, nodes first.
 */
function prepareSync(
  cy: Core,
  next: ElementDefinitions,
  beforeAdd?: () => void,
  moveKept = false,
): { fresh: cytoscape.ElementDefinition[]; removed: number } {
  const wanted = new Set<string>([...next.nodes.map((n) => n.data.id), ...next.edges.map((e) => e.data.id)]);
  const fresh: cytoscape.ElementDefinition[] = [];
  let removed = 0;
  cy.batch(() => {
    const stale = cy.elements().filter((el) => !wanted.has(el.id()));
    removed = stale.nodes().length;
    cy.remove(stale);
    beforeAdd?.();
    const update = (existing: cytoscape.CollectionReturnValue, data: object) => {
      const current = existing.data() as Record<string, unknown>;
      if (holds(current, data)) return;
      const gone = OPTIONAL_DATA.filter((k) => !(k in data) && current[k] !== undefined);
      if (gone.length) existing.removeData(gone.join(' '));
      existing.data(data);
    };
    for (const n of next.nodes) {
      const existing = cy.getElementById(n.data.id);
      if (existing.nonempty()) {
        update(existing, n.data);
        const at = n.position;
        if (moveKept && at && (existing.position('x') !== at.x || existing.position('y') !== at.y))
          existing.position({ ...at });
      } else
        fresh.push({
          group: 'nodes',
          data: { ...n.data },
          position: n.position ? { ...n.position } : { x: 0, y: 0 },
        });
    }
    for (const e of next.edges) {
      const existing = cy.getElementById(e.data.id);
      if (existing.nonempty()) update(existing, e.data);
      else fresh.push({ group: 'edges', data: { ...e.data } });
    }
  });
  return { fresh, removed };
}

const nodeCount = (defs: cytoscape.ElementDefinition[]) => defs.filter((d) => d.group === 'nodes').length;

/**
 * Replaces the drawn elements with `next`, keeping positions of nodes that stay and leaving elements
 * whose data did not change alone. `beforeAdd` runs after the stale elements are gone and before new
 * ones come (e.g. a new stylesheet, so neither the old nor the new elements are styled twice).
 * Returns how many nodes came and went.
 */
export function syncElements(
  cy: Core,
  next: ElementDefinitions,
  beforeAdd?: () => void,
): { added: number; removed: number } {
  const { fresh, removed } = prepareSync(cy, next, beforeAdd);
  // One add for all: cytoscape indexes and notifies once instead of once per element.
  if (fresh.length) cy.add(fresh);
  return { added: nodeCount(fresh), removed };
}

export const SLICE_DEFAULTS = {
  /** Time a slice may take to add and style its elements, ms (at M a view comes in four or five). */
  millis: 70,
  /** Elements added at a time within a slice, between two looks at the clock. */
  chunk: 50,
} as const;

/** The parts of cytoscape's canvas renderer the slices use (absent from the headless one). */
type SliceRenderer = { skipFrame?: boolean; flushRenderedStyleQueue?: () => void };
const rendererOf = (cy: Core): SliceRenderer | undefined =>
  (cy as unknown as { renderer?(): SliceRenderer | undefined }).renderer?.();

/**
 * Keeps cytoscape from drawing the next frame, or lets it (its renderer skips one frame while
 * `skipFrame` is set and clears the flag after it). A renderer without the flag (headless) has nothing
 * to hold.
 */
function holdFrame(cy: Core, held: boolean): void {
  const renderer = rendererOf(cy);
  if (renderer && 'skipFrame' in renderer) renderer.skipFrame = held;
}

/**
 * Runs `fn` in a task of its own as soon as the page is free, which is sooner than the next animation
 * frame: a slice waited ~10 ms for each (a tenth of a large view's time in), and the frames in between
 * draw nothing anyway. Input and the page's own tasks still come between two slices.
 */
export function nextTask(fn: () => void): () => void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(null);
  return () => channel.port1.close();
}

/**
 * Has cytoscape's renderer compute what it draws from (label boxes, edge end points) for what changed.
 * It also marks the nodes as done with their edges: without it, every edge's bounding box would be
 * worked out again until the first frame.
 */
function computeForDrawing(cy: Core): void {
  rendererOf(cy)?.flushRenderedStyleQueue?.();
}

/**
 * adapter.syncInSlices: syncElements for a large drawing, spread over tasks (slices) so none holds the
 * page for long (cytoscape styles a new node in ~0.15 ms and an edge in ~0.07 ms). The stale elements
 * go at once; then each slice adds and styles new elements, nodes first, for `millis`, and cytoscape
 * draws nothing until the last is in: the picture on screen stays the previous one, then the new one
 * comes whole in one frame. Drawing each slice as it came redrew the whole graph every frame: at M a view
 * of 800 nodes and 2,500 edges took seven frames of 170-250 ms (1.3 s) where adding takes 0.3 s and the
 * one drawing 0.2 s (docs/benchmarks.md). `onDone(added)` runs when every element is in; the returned
 * function cancels the rest (and lets cytoscape draw again).
 */
export function syncInSlices(
  cy: Core,
  next: ElementDefinitions,
  options: {
    beforeAdd?: () => void;
    /**
     * Once every node is in and before the first edge comes (say, to choose labels: see below), with
     * how many nodes came.
     */
    onNodesIn?: (added: number) => void;
    /**
     * Nodes that stay go to the places `next` gives them, with the others (a view drawn where the view
     * worker placed it): moving them once all is in had cytoscape redo all their edges in one frame.
     */
    moveKept?: boolean;
    onDone: (added: number) => void;
    millis?: number;
    chunk?: number;
    /** Runs the next slice (nextTask; tests run them by hand). */
    schedule?: (fn: () => void) => () => void;
  },
): () => void {
  const { millis = SLICE_DEFAULTS.millis, chunk = SLICE_DEFAULTS.chunk, schedule = nextTask } = options;
  const { fresh } = prepareSync(cy, next, options.beforeAdd, options.moveKept);
  const nodes = nodeCount(fresh);
  let at = 0;
  let added = 0;
  let nodesIn = false;
  // A node that changes after its edges are in (a label shown) has cytoscape work out all its edges'
  // end points again: 2,500 edges' worth in the frame that draws them.
  const whenNodesIn = () => {
    if (nodesIn || at < nodes) return;
    nodesIn = true;
    options.onNodesIn?.(nodes);
  };
  // Cytoscape draws nothing while a slice is pending: held in every animation frame (this callback runs
  // after cytoscape's own, so the flag is set again for the next one), let go when the last is in.
  let hold = 0;
  const holdFrames = () => {
    holdFrame(cy, true);
    hold = requestAnimationFrame(holdFrames);
  };
  const step = () => {
    const start = performance.now();
    // At least one chunk a slice, however busy the machine.
    while (at < fresh.length) {
      whenNodesIn();
      const slice = fresh.slice(at, at < nodes ? Math.min(at + chunk, nodes) : at + chunk);
      at += slice.length;
      added += nodeCount(slice);
      // Styled here, where the clock sees it, rather than all at once in the next frame's render.
      const came = cy.add(slice);
      came.forEach((el) => void el.numericStyle('width'));
      computeForDrawing(cy);
      // Each element's bounding box, which the first frame that draws it asks for (and caches).
      came.boundingBox();
      if (performance.now() - start >= millis) break;
    }
    if (at < fresh.length) {
      cancelTask = schedule(step);
    } else {
      cancelAnimationFrame(hold);
      holdFrame(cy, false);
      whenNodesIn();
      options.onDone(added);
    }
  };
  if (fresh.length) holdFrames();
  let cancelTask = schedule(step);
  return () => {
    cancelTask();
    cancelAnimationFrame(hold);
    holdFrame(cy, false);
  };
}

/**
 * Level of detail for large graphs: while the viewport moves, edges are hidden and the last frame is
 * panned as a texture. Cytoscape's renderer reads both flags on every frame, so they can follow the
 * drawn graph's size; small graphs keep their edges while panning.
 */
export function setLevelOfDetail(cy: Core, large: boolean): void {
  const renderer = (cy as unknown as { renderer(): unknown }).renderer() as
    { hideEdgesOnViewport?: boolean; textureOnViewport?: boolean } | undefined;
  if (!renderer) return;
  renderer.hideEdgesOnViewport = large;
  renderer.textureOnViewport = large;
}

/** The drawn graph as the worker's layout payload: keys, edges by index and weight, current positions. */
export function layoutInput(
  cy: Core,
  positions?: Map<string, { x: number; y: number }>,
): {
  keys: string[];
  edges: Array<[number, number, number]>;
  initial: Array<[number, number] | null>;
} {
  const keys = cy.nodes().map((n) => n.id());
  const index = new Map(keys.map((k, i) => [k, i]));
  const edges: Array<[number, number, number]> = [];
  cy.edges().forEach((e) => {
    const s = index.get(e.source().id());
    const t = index.get(e.target().id());
    const w = Number(e.data('weight'));
    if (s !== undefined && t !== undefined) edges.push([s, t, Number.isFinite(w) && w > 0 ? w : 1]);
  });
  const initial = keys.map((k) => {
    const p = positions?.get(k);
    return p ? ([p.x, p.y] as [number, number]) : null;
  });
  return { keys, edges, initial };
}

/**
 * Fits the nodes to the viewport by their own boxes, not their labels: cytoscape's `fit` measures every
 * label first, which costs seconds on a large graph (docs/benchmarks.md).
 */
export function fitNodes(cy: Core, padding: number, tolerance?: number): void {
  const bb = cy.nodes().boundingBox({ includeLabels: false, includeOverlays: false, includeEdges: false });
  fitBox(cy, bb, padding, tolerance);
}

/**
 * Fits the viewport to the positions a drawing is about to get, before its elements are added: a large
 * drawing then comes in at its final zoom and needs no render to be fitted afterwards.
 */
export function fitPositions(cy: Core, positions: Iterable<{ x: number; y: number }>, padding: number): void {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of positions) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  fitBox(cy, { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 }, padding);
}

function fitBox(
  cy: Core,
  bb: { x1: number; y1: number; x2: number; y2: number; w: number; h: number },
  padding: number,
  /** Relative change of zoom (and of pan, against the canvas size) too small to be worth a render. */
  tolerance = 1e-6,
): void {
  if (!Number.isFinite(bb.w) || !Number.isFinite(bb.h)) return;
  const w = cy.width();
  const h = cy.height();
  const fitted = Math.min((w - 2 * padding) / Math.max(bb.w, 1), (h - 2 * padding) / Math.max(bb.h, 1));
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), fitted));
  const pan = { x: (w - zoom * (bb.x1 + bb.x2)) / 2, y: (h - zoom * (bb.y1 + bb.y2)) / 2 };
  // Setting the viewport it (nearly) has would still cost a render of the whole drawing.
  const now = cy.pan();
  if (
    Math.abs(cy.zoom() - zoom) <= tolerance * zoom &&
    Math.abs(now.x - pan.x) <= tolerance * w &&
    Math.abs(now.y - pan.y) <= tolerance * h
  )
    return;
  cy.viewport({ zoom, pan });
}

interface FitOptions {
  padding?: number;
  maxZoom?: number;
}

const SHAPE_ONLY = { includeLabels: false, includeOverlays: false } as const;

/** Whether a node's shape would lie under `corner` (canvas pixels) at `viewport`. */
function nodeUnder(cy: Core, corner: Rect, { zoom, pan }: Viewport): boolean {
  return cy.nodes().some((n) => {
    const b = n.boundingBox(SHAPE_ONLY);
    return overlaps(
      { x1: b.x1 * zoom + pan.x, y1: b.y1 * zoom + pan.y, x2: b.x2 * zoom + pan.x, y2: b.y2 * zoom + pan.y },
      corner,
    );
  });
}

/** The box a fit shows: a small drawing's nodes with their labels, a large one's by their shapes alone. */
function fitBounds(cy: Core) {
  const large = isLargeGraph(cy.nodes().length, cy.edges().length);
  return cy.nodes().boundingBox({ includeLabels: !large, includeOverlays: false, includeEdges: false });
}

/** Sets the viewport: a small drawing glides there, a large one (a render per frame) jumps. */
function moveTo(cy: Core, viewport: Viewport): Promise<void> {
  if (isLargeGraph(cy.nodes().length, cy.edges().length)) {
    cy.viewport(viewport);
    return Promise.resolve();
  }
  return new Promise((resolve) => cy.animate({ ...viewport, duration: 250, complete: () => resolve() }));
}

/**
 * Moves the viewport off the bottom-left `corner` (the legend, in canvas pixels) when a node's shape
 * lies under it, by fitting the graph above or beside it; leaves it alone otherwise. Resolves once
 * the viewport is where it goes (at once for a large drawing).
 */
export function keepCornerClear(
  cy: Core,
  corner: Rect | null,
  { padding = LAYOUT_DEFAULTS.padding, maxZoom = Infinity }: FitOptions = {},
): Promise<void> {
  if (!corner || cy.nodes().empty() || !nodeUnder(cy, corner, { zoom: cy.zoom(), pan: cy.pan() }))
    return Promise.resolve();
  const fit = fitBesideCorner(fitBounds(cy), cy.width(), cy.height(), padding, corner, maxZoom);
  return fit ? moveTo(cy, fit) : Promise.resolve();
}

/** Fits the whole drawing to the canvas, above or beside `corner` when a node would lie under it. */
export function fitClearOf(
  cy: Core,
  corner: Rect | null,
  { padding = LAYOUT_DEFAULTS.padding, maxZoom = Infinity }: FitOptions = {},
): void {
  if (cy.nodes().empty()) return;
  const bounds = fitBounds(cy);
  const plain = fitAround(bounds, cy.width(), cy.height(), padding, 0, maxZoom);
  const fit =
    plain && (!corner || !nodeUnder(cy, corner, plain))
      ? plain
      : corner && fitBesideCorner(bounds, cy.width(), cy.height(), padding, corner, maxZoom);
  if (fit) void moveTo(cy, fit);
}

/** Runs a layout; preset layouts use the positions carried by the view (`positions`). */
export function runLayout(
  cy: Core,
  id: LayoutId,
  options: {
    animate: boolean;
    positions?: Map<string, { x: number; y: number }>;
    roots?: string[];
    /** The drawing's size class and its nodes' ties, when its edges are not in yet (NODE_ONLY_LAYOUTS). */
    large?: boolean;
    degrees?: ReadonlyMap<string, number>;
  },
): Promise<void> {
  if (cy.nodes().empty()) return Promise.resolve();
  const large = options.large ?? isLargeGraph(cy.nodes().length, cy.edges().length);
  const randomize =
    !options.positions ||
    cy
      .nodes()
      .toArray()
      .some((n) => !options.positions!.has(n.id()));
  const base = layoutOptions(id, options.animate && !large, options.roots, randomize, options.degrees);
  // "As built" and the map both place nodes where the view carries them (a preset layout).
  if (
    large &&
    base.name === 'preset' &&
    cy
      .nodes()
      .toArray()
      .every((n) => {
        const p = options.positions?.get(n.id());
        const at = n.position();
        return !!p && p.x === at.x && p.y === at.y;
      })
  ) {
    // Every node is already where the drawing puts it (it came in with its positions): fitting is all,
    // and none when it came in fitted to them (fitPositions leaves out the nodes' own size: 3%).
    fitNodes(cy, LAYOUT_DEFAULTS.padding, 0.03);
    return Promise.resolve();
  }
  const fitted = large ? { ...base, fit: false } : base;
  const layoutOpts =
    fitted.name === 'preset'
      ? {
          ...fitted,
          positions: (node: NodeSingular) => options.positions?.get(node.id()) ?? node.position(),
        }
      : fitted;
  const layout = cy.layout(layoutOpts as cytoscape.LayoutOptions);
  const done = new Promise<void>((resolve) =>
    layout.one('layoutstop', () => {
      if (large) fitNodes(cy, LAYOUT_DEFAULTS.padding);
      resolve();
    }),
  );
  layout.run();
  return done;
}

/**
 * Marks `key` (hovered) and its neighbours (highlighted: labels shown, ties to the front) and fades
 * everything else; null clears. A large drawing is not faded: restyling its thousands of other elements took 0.3–0.4 s
 * of one task when the pointer came onto a hub, so there the neighbourhood alone is marked.
 */
export function highlight(cy: Core, key: string | null): void {
  const fade = !isLargeGraph(cy.nodes().length, cy.edges().length);
  cy.batch(() => {
    const node = key ? cy.getElementById(key) : cy.collection();
    const hood = node.nonempty() ? node.closedNeighborhood() : cy.collection();
    setClass(cy, 'highlighted', hood);
    setClass(cy, 'hovered', node);
    setClass(cy, 'faded', fade && hood.nonempty() ? cy.elements().not(hood) : cy.collection());
  });
}

/** Marks the path through `keys` (nodes and the edges between consecutive ones). */
export function markPath(cy: Core, keys: string[]): void {
  cy.batch(() => {
    let path = cy.collection();
    for (let i = 0; i < keys.length; i++) {
      const node = cy.getElementById(keys[i]!);
      path = path.union(node);
      if (i + 1 < keys.length) path = path.union(node.edgesWith(cy.getElementById(keys[i + 1]!)));
    }
    setClass(cy, 'path', path);
  });
}

/**
 * The label-shown class, per node, from labels.chooseLabels; only nodes whose choice changed are touched.
 * `large` is the drawing's size class when not all of it is in yet (syncInSlices' nodes before its edges).
 */
export function declutterLabels(cy: Core, large = isLargeGraph(cy.nodes().length, cy.edges().length)): void {
  const nodes = cy.nodes();
  const candidates: LabelNode[] = [];
  nodes.forEach((node) => {
    const d = node.data() as NodeData & { msize?: number };
    const p = node.position();
    candidates.push({
      id: d.id,
      x: p.x,
      y: p.y,
      height: nodeHeight(d),
      text: String((large ? d.short : d.label) ?? ''),
      type: d.type,
      count: Number(d.count ?? 0),
      major: d.major,
      focus: d.focus,
      selected: node.selected(),
    });
  });
  const { shown, scale, landmarks } = chooseLabels(
    candidates,
    { zoom: cy.zoom(), pan: cy.pan(), width: cy.width(), height: cy.height() },
    large,
  );
  cy.batch(() => {
    nodes.forEach((node) => {
      // Adding or removing a class restyles the node even when it had (or lacked) it already.
      const show = shown.has(node.id());
      if (show !== node.hasClass('label-shown')) node.toggleClass('label-shown', show);
      const current = Number(node.data('labelScale') ?? 1);
      const target = landmarks.get(node.id()) ?? scale;
      if (Math.abs(current - target) > 0.01) {
        if (target === 1) node.removeData('labelScale labelFont labelMax labelGap labelHalo');
        else {
          node.data({
            labelScale: target,
            labelFont: labelFontSize(String(node.data('type'))) * target,
            labelMax: LABEL_DEFAULTS.maxWidth * target,
            labelGap: 4 * target,
            labelHalo: 2.5 * target,
          });
        }
      }
    });
  });
}

export interface CanvasHandlers {
  onTap(key: string | null): void;
  onOpen(key: string): void;
  onHover(key: string | null): void;
  onEdgeHover(text: string | null, at: { x: number; y: number } | null): void;
  onContext(key: string, at: { x: number; y: number }): void;
  onViewport(zoom: number, pan: { x: number; y: number }): void;
}

/** How long a large graph's viewport rests before its labels are chosen again, ms. */
const LARGE_DECLUTTER_DELAY = 120;

/** Binds every listener in one record; the returned function removes them all. */
export function bindCanvas(cy: Core, h: CanvasHandlers): () => void {
  let viewportTimer: ReturnType<typeof setTimeout> | undefined;
  let declutterFrame = 0;
  let declutterTimer: ReturnType<typeof setTimeout> | undefined;
  const large = () => isLargeGraph(cy.nodes().length, cy.edges().length);
  const listeners: Array<[string, string | undefined, (e: EventObject) => void]> = [
    ['tap', undefined, (e) => (e.target === cy ? h.onTap(null) : undefined)],
    ['tap', 'node', (e) => h.onTap(e.target.id())],
    ['dbltap', 'node', (e) => h.onOpen(e.target.id())],
    ['mouseover', 'node', (e) => h.onHover(e.target.id())],
    ['mouseout', 'node', () => h.onHover(null)],
    ['mouseover', 'edge', (e) => h.onEdgeHover(edgeText(e), e.renderedPosition ?? null)],
    ['mouseout', 'edge', () => h.onEdgeHover(null, null)],
    ['cxttap', 'node', (e) => h.onContext(e.target.id(), e.renderedPosition ?? { x: 0, y: 0 })],
    [
      'viewport',
      undefined,
      () => {
        cancelAnimationFrame(declutterFrame);
        clearTimeout(declutterTimer);
        // A small graph's labels follow every frame; a large one's wait until the viewport rests (it
        // pans as a texture meanwhile), so labels coming on screen are laid out once, not per frame.
        if (large()) declutterTimer = setTimeout(() => declutterLabels(cy), LARGE_DECLUTTER_DELAY);
        else declutterFrame = requestAnimationFrame(() => declutterLabels(cy));
        clearTimeout(viewportTimer);
        viewportTimer = setTimeout(() => h.onViewport(cy.zoom(), cy.pan()), 250);
      },
    ],
  ];
  for (const [event, selector, fn] of listeners) {
    if (selector) cy.on(event, selector, fn);
    else cy.on(event, fn);
  }
  return () => {
    clearTimeout(viewportTimer);
    clearTimeout(declutterTimer);
    cancelAnimationFrame(declutterFrame);
    for (const [event, selector, fn] of listeners) {
      if (selector) cy.off(event, selector, fn);
      else cy.off(event, fn);
    }
  };
}

function edgeText(e: EventObject): string {
  const d = e.target.data() as { type: string; weight: number; via?: string; role?: string; tie?: string };
  const what: Record<string, string> = {
    co_partners: `${d.weight} shared project${d.weight === 1 ? '' : 's'}`,
    country_link: `${d.weight} shared project${d.weight === 1 ? '' : 's'}`,
    programme_link: `${d.weight} organisation${d.weight === 1 ? '' : 's'} in both`,
    project_link:
      d.tie === 'weak'
        ? `${d.weight} shared countr${d.weight === 1 ? 'y' : 'ies'}`
        : `${d.weight} shared partner${d.weight === 1 ? '' : 's'}`,
    participates_in:
      d.role === 'lead' ? 'lead partner' : d.role === 'associated' ? 'associated partner' : 'partner',
    located_in: 'located in',
    funded_by: 'funded by',
    part_of: 'part of',
  };
  return d.via ? `${what[d.type] ?? d.type}: ${d.via}` : (what[d.type] ?? d.type);
}
