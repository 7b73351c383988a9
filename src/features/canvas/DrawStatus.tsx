// What the canvas says about the drawing itself: a large view being computed (with Cancel), a failed
// computation, and a view cut to the draw budget (how much is left out, how to see it, "draw more").
import { DRAW_BUDGET_MORE } from '../../graph/budget';
import { viewById } from '../../graph/views';
import { useAppStore } from '../../store';
import { selectShownFit } from '../../store/selectors';
import { ProgressLine } from '../shell/ProgressLine';

const n = (x: number) => x.toLocaleString('en');

export function DrawStatus() {
  const status = useAppStore((s) => s.shownStatus);
  const pending = useAppStore((s) => s.shownPending);
  const error = useAppStore((s) => s.shownError);
  const fit = useAppStore(selectShownFit);
  const drawMore = useAppStore((s) => s.drawMore);
  const setDrawMore = useAppStore((s) => s.setDrawMore);
  const cancel = useAppStore((s) => s.cancelShown);
  return (
    <>
      {status === 'computing' && pending && (
        <div className="layout-status" role="status" data-testid="view-computing">
          <ProgressLine
            text={`Computing the ${viewById(pending.view).label} view of ${n(pending.graph.order)} nodes…`}
            label="View computation in progress"
          />
          <button type="button" className="tool-button" onClick={cancel}>
            Cancel
          </button>
        </div>
      )}
      {status === 'error' && error && (
        <div className="layout-status" role="alert">
          This view could not be computed: {error}. The previous drawing stays.
        </div>
      )}
      {fit?.capped && status !== 'computing' && (
        <div className="layout-status draw-notice" role="status" data-testid="draw-notice">
          <span>
            The best-connected {n(fit.graph.order)} of {n(fit.total.nodes)} nodes ({n(fit.graph.size)} of{' '}
            {n(fit.total.edges)} links). Filter, search or double-click a node to see others.
          </span>
          <button type="button" className="tool-button" onClick={() => setDrawMore(!drawMore)}>
            {drawMore ? 'Draw fewer' : `Draw up to ${n(DRAW_BUDGET_MORE.nodes)}`}
          </button>
        </div>
      )}
    </>
  );
}
