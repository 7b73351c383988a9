// Which layout the canvas runs when it draws a new view or the person picks a layout.
import type { LayoutId } from '../../graph/views';

export interface LayoutSituation {
  /** The layout picked (or the view's default). */
  layout: LayoutId;
  /** The view worker laid the view out for itself (FittedView.placed). */
  placed: boolean;
  /** The view was cut to the draw budget. */
  capped: boolean;
  /** The person asked for a layout since the last drawing (picked one, or "run again"). */
  asked: boolean;
  /** Some nodes carry positions. */
  hasPositions: boolean;
}

/**
 * layoutChoice.layoutToRun: the positions the view worker computed for a cut view are the drawing for
 * "As built" and for a view that opens on Force, unless the person asks for Force again; a cut view
 * without them, or a view without any position, is laid out by force; otherwise the layout picked.
 */
export function layoutToRun(s: LayoutSituation): LayoutId {
  if (s.placed && (s.layout === 'preset' || (s.layout === 'fcose' && !s.asked))) return 'preset';
  const preset = s.layout === 'preset' || s.layout === 'geographic';
  // A view cut to the draw budget keeps a scattered few of the built positions: lay it out by itself.
  const cut = s.capped && s.layout === 'preset';
  return (preset && !s.hasPositions) || cut ? 'fcose' : s.layout;
}
