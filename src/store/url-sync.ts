// Keeps the address and the store in step: view/selection/filter changes push a history entry,
// zoom and pan replace the current one; back/forward restore the state.
import { defaultViewOf } from '../graph/views';
import type { AppStore } from './index';
import type { AppState } from './types';
import { formatUrlState, parseUrlState, type UrlState } from './url';

function urlStateOf(s: AppState): UrlState {
  return {
    view: s.view,
    selected: s.selected,
    egoRoot: s.egoRoot,
    egoDepth: s.egoDepth,
    layout: s.layout,
    filters: s.filters,
    viewport: s.viewport,
    pathEnds: s.pathEnds,
    data: s.dataAddress,
  };
}

/** Applies an address to the store; unknown node keys are dropped with a notice once data is loaded. */
export function applyUrl(store: AppStore, search: string): void {
  const graph = store.getState().dataset?.graph;
  const { state, notices } = parseUrlState(search, defaultViewOf(graph));
  const known = (key: string | null, name: string) => {
    if (!key || !graph || graph.hasNode(key)) return key;
    notices.push(`Ignored “${name}=${key}” in the address: no such node in this dataset.`);
    return null;
  };
  store.setState({
    view: state.view,
    layout: state.layout,
    selected: known(state.selected, 'sel'),
    egoRoot: known(state.egoRoot, 'ego'),
    egoDepth: state.egoDepth,
    filters: state.filters,
    // An address of its own (Back or Forward in the browser, a link) leaves any drill-down behind.
    drillDown: null,
    viewport: state.viewport,
    pathEnds: [known(state.pathEnds[0], 'from'), known(state.pathEnds[1], 'to')],
    // Ask the canvas to apply the address's zoom rather than fit.
    viewportRequest: store.getState().viewportRequest + 1,
  });
  for (const n of notices) store.getState().notify('warning', n);
}

/** Starts syncing; returns the function that stops it. */
export function syncUrl(store: AppStore, win: Window = window): () => void {
  let applying = false;
  const onPop = () => {
    applying = true;
    applyUrl(store, win.location.search);
    applying = false;
  };
  win.addEventListener('popstate', onPop);
  const unsubscribe = store.subscribe((next, prev) => {
    if (applying) return;
    const defaultView = defaultViewOf(next.dataset?.graph);
    const url = formatUrlState(urlStateOf(next), defaultView);
    if (url === win.location.search || (url === '' && win.location.search === '')) return;
    const onlyViewport =
      formatUrlState({ ...urlStateOf(prev), viewport: next.viewport }, defaultView) === url;
    const href = `${win.location.pathname}${url}${win.location.hash}`;
    if (onlyViewport) win.history.replaceState(null, '', href);
    else win.history.pushState(null, '', href);
  });
  return () => {
    win.removeEventListener('popstate', onPop);
    unsubscribe();
  };
}
