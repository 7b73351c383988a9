// The graph canvas: draws the shown graph with the render adapter and feeds events back to the store.
import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { store, useAppStore } from '../../store';
import { labelOf, selectPath, selectShownFit, selectShownGraph } from '../../store/selectors';
import {
  bindCanvas,
  createCy,
  highlight,
  declutterLabels,
  fitClearOf,
  fitPositions,
  keepCornerClear,
  layoutInput,
  markPath,
  runLayout,
  setLevelOfDetail,
  syncElements,
  syncInSlices,
} from '../../render/adapter';
import {
  degreesOf,
  edgesTakePointer,
  isLargeGraph,
  LAYOUT_DEFAULTS,
  NODE_ONLY_LAYOUTS,
} from '../../render/layouts';
import { JobCancelledError, workerLayout } from '../../store/layout-job';
import { toElements } from '../../render/elements';
import { buildStylesheet } from '../../render/stylesheet';
import type { ThemeName } from '../../render/palette';
import { isLargeDataset } from '../../graph/budget';
import { CUT_PLACEMENT } from '../../graph/place';
import { viewById } from '../../graph/views';
import { useMetricDrawing } from '../metrics/useMetricDrawing';
import type { ViewGraph } from '../../graph/view-types';
import { ContextMenu, type ContextTarget } from './ContextMenu';
import { DrawStatus } from './DrawStatus';
import { ProgressLine } from '../shell/ProgressLine';
import { layoutToRun } from './layoutChoice';

declare global {
  interface Window {
    /** The cytoscape instance, read-only, for browser tests and people debugging a graph. */
    readonly cy?: Core;
  }
}

/** Fitting a small graph never zooms in further than this. */
const MAX_FIT_ZOOM = 1.6;

/** The roots a tree layout grows from: the consortium view's own root. */
const layoutRoots = (view: string): string[] | undefined =>
  view === 'ego' ? [store.getState().egoRoot ?? ''].filter(Boolean) : undefined;
/** Space kept around the graph when "f" fits it. */
const FIT_PADDING = 40;

/** The legend's box in the canvas's own pixels (the corner every fit keeps clear), if it is shown. */
function legendCorner(canvas: HTMLElement | null) {
  const legend = canvas?.closest('.stage-graph')?.querySelector('[data-testid="legend"]');
  if (!canvas || !legend) return null;
  const c = canvas.getBoundingClientRect();
  const l = legend.getBoundingClientRect();
  if (!l.width || !l.height) return null;
  return { x1: l.left - c.left, y1: l.top - c.top, x2: l.right - c.left, y2: l.bottom - c.top };
}

/**
 * Gives cy the stylesheet for `theme` and a drawing of `nodes` and `edges` (large or not, edges taking
 * pointer events or not) unless it has it already (`styled` remembers which).
 */
function restyle(
  cy: Core,
  styled: { current: string | null },
  theme: ThemeName,
  nodes: number,
  edges: number,
): void {
  const large = isLargeGraph(nodes, edges);
  const edgeEvents = edgesTakePointer(edges);
  const key = `${theme}:${large}:${edgeEvents}`;
  if (styled.current === key) return;
  styled.current = key;
  cy.style(buildStylesheet(theme, large, edgeEvents));
}

export function Canvas() {
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const [tooltip, setTooltip] = useState<{ text: string; x: number; y: number } | null>(null);
  const [menu, setMenu] = useState<ContextTarget | null>(null);
  const [layoutBusy, setLayoutBusy] = useState(false);
  /** The worker's force layout for a large graph, while it runs (old positions stay meanwhile). */
  const [workerJob, setWorkerJob] = useState<{ done: number; total: number; nodes: number } | null>(null);
  const [layoutError, setLayoutError] = useState<string | null>(null);
  const workerAbort = useRef<AbortController | null>(null);
  const shown = useAppStore(selectShownGraph);
  const large = shown ? isLargeGraph(shown.order, shown.size) : false;
  const view = useAppStore((s) => s.view);
  const layout = useAppStore((s) => s.layout);
  const layoutRun = useAppStore((s) => s.layoutRun);
  const theme = useAppStore((s) => s.theme);
  const selected = useAppStore((s) => s.selected);
  const hovered = useAppStore((s) => s.hovered);
  const focusRequest = useAppStore((s) => s.focusRequest);
  const viewportRequest = useAppStore((s) => s.viewportRequest);
  const path = useAppStore(selectPath);
  const drawn = useRef<{ view: string; layout: string; layoutRun: number } | null>(null);
  /** The stylesheet cy has (theme, large, edge events), so a drawing that changes it restyles its elements once. */
  const styled = useRef<string | null>(null);
  /** The large graph whose elements are all in cy (syncInSlices), and how many nodes that added. */
  const stagedGraph = useRef<ViewGraph | null>(null);
  const stagedAdded = useRef(0);
  /** The large graph laid out as its nodes came, before its edges (NODE_ONLY_LAYOUTS), and by what. */
  const laidOutEarly = useRef<{ graph: ViewGraph; id: string } | null>(null);
  /** Set anew each time a large graph's elements are all in: the draw effect then goes on. */
  const [staged, setStaged] = useState<{ graph: ViewGraph } | null>(null);
  /** What is drawn in full: the effects that mark nodes (selection, hover, path, metrics) follow it. */
  const drawing = large ? staged : shown;

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const instance = createCy(el, store.getState().theme);
    Object.defineProperty(window, 'cy', { configurable: true, get: () => instance });
    const unbind = bindCanvas(instance, {
      onTap: (key) => {
        setMenu(null);
        store.getState().select(key);
      },
      onOpen: (key) => {
        const type = instance.getElementById(key).data('type');
        if (type === 'organisation' || type === 'project') store.getState().openEgo(key);
        else store.getState().expandGroup(key);
      },
      onHover: (key) => store.getState().hover(key),
      onEdgeHover: (text, at) => setTooltip(text && at ? { text, ...at } : null),
      onContext: (key, at) =>
        setMenu({
          key,
          label: String(instance.getElementById(key).data('label')),
          type: String(instance.getElementById(key).data('type')),
          ...at,
        }),
      onViewport: (zoom, pan) => store.getState().setViewport({ zoom, pan }),
    });
    setCy(instance);
    drawn.current = null;
    styled.current = `${store.getState().theme}:false`;
    return () => {
      unbind();
      instance.destroy();
      Reflect.deleteProperty(window, 'cy');
      setCy(null);
    };
  }, []);

  useEffect(() => {
    if (cy) setLevelOfDetail(cy, large);
  }, [cy, large]);

  useEffect(() => () => workerAbort.current?.abort(), []);

  // Draw the shown graph; run the layout when the view or layout changed or new nodes need places.
  useEffect(() => {
    if (!cy || !shown) return;
    // A large dataset's new view is still in the view worker: the drawing on screen is the previous
    // view's, so there is nothing to lay out until it arrives.
    const state = store.getState();
    if (state.dataset && isLargeDataset(state.dataset.graph) && state.shownResult?.inputs.view !== view)
      return;
    const elements = toElements(shown, (k) => labelOf(store.getState(), k));
    // A drawing that crosses the large-graph line changes the stylesheet: between taking the old
    // elements away and adding the new ones, so neither is styled twice.
    const beforeAdd = () => restyle(cy, styled, store.getState().theme, shown.order, shown.size);
    if (!isLargeGraph(shown.order, shown.size)) stagedGraph.current = null;
    else if (stagedGraph.current !== shown) {
      // A large drawing's new elements come over several frames; this effect goes on once they are in.
      // A new view drawn where its nodes stand (the view worker placed it) is fitted before they come,
      // so the frames that add them are already the final picture.
      const fit = selectShownFit(store.getState());
      const first = drawn.current === null;
      const viewChanged = !first && drawn.current!.view !== view;
      const allPlaced = elements.nodes.every((n) => n.position);
      const next = layoutToRun({
        layout,
        placed: fit?.placed === true,
        capped: fit?.capped === true,
        asked: false,
        hasPositions: first ? allPlaced : true,
      });
      // The first drawing where its nodes stand (an overview, a built graph "as built") is fitted (or
      // put back where the person left it) before they come, as a placed new view is: choosing its
      // labels after its ties were in had cytoscape work out every tie again, in one frame of 0.1-0.25 s
      // at M just after the first paint.
      const restore = first ? store.getState().viewport : null;
      const placedAsIs =
        allPlaced &&
        ((viewChanged && next === 'preset') || (first && (next === 'preset' || next === 'geographic')));
      // A layout that needs no edges (concentric rings count them from the view) runs once the nodes
      // are in, before the edges come: moving every node after that had cytoscape work out every edge
      // and label again, in one frame of 0.3-0.5 s at M (a neighbourhood, or the next one opened from
      // it). Not when the same view only lost nodes: the layout does not run then (below).
      const early = !first && NODE_ONLY_LAYOUTS.includes(next) ? next : null;
      laidOutEarly.current = null;
      const { setDrawing } = store.getState();
      setDrawing(true);
      const cancel = syncInSlices(cy, elements, {
        moveKept: placedAsIs,
        beforeAdd: () => {
          beforeAdd();
          if (!placedAsIs) return;
          if (restore) cy.viewport({ zoom: restore.zoom, pan: restore.pan });
          else
            fitPositions(
              cy,
              elements.nodes.map((n) => n.position!),
              LAYOUT_DEFAULTS.padding,
            );
        },
        // Where the nodes come at their places in the fitted viewport, their labels are chosen before
        // the edges come (this effect chooses them again once all is in, and finds nothing to change).
        onNodesIn: placedAsIs
          ? () => {
              laidOutEarly.current = { graph: shown, id: next };
              declutterLabels(cy, true);
            }
          : early
            ? (added: number) => {
                if (!viewChanged && added === 0) return;
                void runLayout(cy, early, {
                  animate: false,
                  roots: layoutRoots(view),
                  large: true,
                  degrees: degreesOf(elements.edges),
                });
                laidOutEarly.current = { graph: shown, id: early };
                declutterLabels(cy, true);
              }
            : undefined,
        onDone: (count) => {
          stagedGraph.current = shown;
          stagedAdded.current = count;
          setDrawing(false);
          setStaged({ graph: shown });
        },
      });
      return () => {
        cancel();
        setDrawing(false);
      };
    }
    const synced = syncElements(cy, elements, beforeAdd);
    const added = synced.added + stagedAdded.current;
    stagedAdded.current = 0;
    const first = drawn.current === null;
    const asked = !first && drawn.current!.layoutRun !== layoutRun;
    const changed =
      first ||
      drawn.current!.view !== view ||
      drawn.current!.layout !== layout ||
      drawn.current!.layoutRun !== layoutRun;
    drawn.current = { view, layout, layoutRun };
    declutterLabels(cy);
    if (!changed && added === 0) return;
    const positions = new Map(elements.nodes.filter((n) => n.position).map((n) => [n.data.id, n.position!]));
    const preset = layout === 'preset' || layout === 'geographic';
    if (!changed && preset && [...cy.nodes()].every((n) => positions.has(n.id()))) {
      // New nodes (a filter relaxed) go back to their precomputed places.
      cy.nodes().forEach((n) => {
        const p = positions.get(n.id());
        if (p) n.position(p);
      });
      declutterLabels(cy);
      return;
    }
    const { viewport } = store.getState();
    const restore = first && viewport ? viewport : null;
    const roots = layoutRoots(view);
    const fit = selectShownFit(store.getState());
    const id = layoutToRun({
      layout,
      placed: fit?.placed === true,
      capped: fit?.capped === true,
      asked,
      hasPositions: positions.size > 0,
    });
    workerAbort.current?.abort();
    workerAbort.current = null;
    setWorkerJob(null);
    setLayoutError(null);
    if (laidOutEarly.current?.graph === shown && laidOutEarly.current.id === id) {
      // Laid out (or put where the view worker placed it, and fitted) as its nodes came, before its
      // edges (the slices above): nothing is to move now, and the viewport only off the legend.
      laidOutEarly.current = null;
      if (!restore) void keepCornerClear(cy, legendCorner(container.current));
      setLayoutBusy(false);
      return;
    }
    laidOutEarly.current = null;
    setLayoutBusy(true);
    if (id === 'fcose' && isLargeGraph(cy.nodes().length, cy.edges().length)) {
      // Too large for fcose on the main thread: ForceAtlas2 in the worker, applied in one batch.
      const controller = new AbortController();
      workerAbort.current = controller;
      const nodes = cy.nodes().length;
      // A view cut to the draw budget, laid out because it was cut (not because the person asked for
      // Force), gets the budget the view worker gives a cut: the same picture from the built positions.
      const automatic = !asked && fit?.capped === true;
      workerLayout(
        { ...layoutInput(cy, positions), ...(automatic ? { options: CUT_PLACEMENT } : {}) },
        {
          signal: controller.signal,
          onProgress: (p) => setWorkerJob({ done: p.done, total: p.total, nodes }),
        },
      )
        .then((placed) => runLayout(cy, 'preset', { animate: false, positions: placed }))
        .then(
          () => {
            if (restore) cy.viewport({ zoom: restore.zoom, pan: restore.pan });
            // A large drawing: the viewport moves at once.
            else void keepCornerClear(cy, legendCorner(container.current));
            declutterLabels(cy);
          },
          (error: unknown) => {
            if (!(error instanceof JobCancelledError))
              setLayoutError(error instanceof Error ? error.message : String(error));
          },
        )
        .finally(() => {
          if (workerAbort.current !== controller) return;
          workerAbort.current = null;
          setWorkerJob(null);
          setLayoutBusy(false);
        });
      return;
    }
    void runLayout(cy, id, {
      animate: !first,
      positions,
      roots,
    }).then(async () => {
      if (restore) cy.viewport({ zoom: restore.zoom, pan: restore.pan });
      else {
        if (cy.zoom() > MAX_FIT_ZOOM) {
          // A handful of nodes would be blown up to fill the screen: keep them at a readable size.
          cy.zoom(MAX_FIT_ZOOM);
          cy.center();
        }
        await keepCornerClear(cy, legendCorner(container.current), { maxZoom: MAX_FIT_ZOOM });
        if (cy.destroyed()) return;
      }
      declutterLabels(cy);
      setLayoutBusy(false);
    });
  }, [cy, shown, staged, view, layout, layoutRun]);

  // After the draw effect, so metric sizes and colours land on the elements just drawn.
  useMetricDrawing(cy, drawing);

  // After the draw effect: when it drew, the stylesheet is already the one for this drawing.
  useEffect(() => {
    if (cy) restyle(cy, styled, theme, shown?.order ?? 0, shown?.size ?? 0);
  }, [cy, theme, shown]);

  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.nodes(':selected').unselect();
      if (selected) cy.getElementById(selected).select();
    });
    declutterLabels(cy);
  }, [cy, selected, drawing]);

  useEffect(() => {
    if (!cy || !focusRequest) return;
    const key = store.getState().selected;
    const node = key ? cy.getElementById(key) : null;
    if (!node || node.empty()) return;
    // Centre the node itself (its bounding box would include the label below it).
    const zoom = Math.max(cy.zoom(), 1.4);
    const at = node.position();
    cy.animate(
      { zoom, pan: { x: cy.width() / 2 - at.x * zoom, y: cy.height() / 2 - at.y * zoom } },
      { duration: 350 },
    );
  }, [cy, focusRequest]);

  useEffect(() => {
    if (!cy || !viewportRequest) return;
    const { viewport } = store.getState();
    if (viewport && drawn.current) cy.viewport({ zoom: viewport.zoom, pan: viewport.pan });
  }, [cy, viewportRequest]);

  useEffect(() => {
    if (cy) highlight(cy, hovered);
  }, [cy, hovered, drawing]);

  useEffect(() => {
    if (cy) markPath(cy, path ? path.map((s) => s.key) : []);
  }, [cy, path, drawing]);

  // "f" fits the graph to the screen (outside text fields).
  useEffect(() => {
    if (!cy) return;
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (
        e.key !== 'f' ||
        e.ctrlKey ||
        e.metaKey ||
        e.altKey ||
        t?.closest('input, textarea, select, [contenteditable], [role="dialog"]')
      )
        return;
      e.preventDefault();
      fitClearOf(cy, legendCorner(container.current), { padding: FIT_PADDING, maxZoom: MAX_FIT_ZOOM });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [cy]);

  const empty = shown !== null && shown.order === 0;
  return (
    <div className="canvas-wrap">
      {/* The attributes that change sit on a frame around cytoscape's container: cytoscape watches its
          container's attributes and redraws everything, resized, 100 ms after any change (0.2 s of a
          large drawing each time a view was asked for). */}
      <div
        className="canvas-frame"
        data-testid="canvas"
        data-layout={layoutBusy ? 'running' : 'idle'}
        role="img"
        aria-label={`${viewById(view).label} graph: ${shown?.order ?? 0} nodes and ${shown?.size ?? 0} links. The table view lists them.`}
      >
        <div ref={container} className="canvas" />
      </div>
      {empty && (
        <div className="canvas-empty">
          {view === 'ego' && !store.getState().egoRoot
            ? 'Pick a project or organisation: double-click it, right-click it, or use “Open consortium” in its details.'
            : 'Nothing matches the filters. Loosen them in the Filters panel.'}
        </div>
      )}
      {tooltip && (
        <div className="edge-tooltip" role="tooltip" style={{ left: tooltip.x + 12, top: tooltip.y + 12 }}>
          {tooltip.text}
        </div>
      )}
      {menu && <ContextMenu target={menu} onClose={() => setMenu(null)} />}
      <div className="canvas-statuses">
        <DrawStatus />
        {workerJob && (
          <div className="layout-status" role="status">
            <ProgressLine
              text={`Laying out ${workerJob.nodes.toLocaleString('en')} nodes`}
              label="Layout progress"
              done={workerJob.done}
              total={workerJob.total}
            />
            <button type="button" className="tool-button" onClick={() => workerAbort.current?.abort()}>
              Cancel
            </button>
          </div>
        )}
        {layoutError && (
          <div className="layout-status" role="alert">
            Layout failed: {layoutError}. The previous positions are kept.
          </div>
        )}
      </div>
    </div>
  );
}
