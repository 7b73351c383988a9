// The bench's sessions of the app merged into one set of figures: medians, each session's own kept.
import { describe, expect, it } from 'vitest';
import { medianFigure, mergeSessions, type AppActions } from '../../scripts/bench/app';
import { figure, missing, type ActionResult } from '../../scripts/bench/types';

const action = (id: ActionResult['id'], settled: number | null, task: number | null, progress?: boolean) => ({
  id,
  settledMs: settled === null ? missing('did not finish within 30 s') : figure(settled),
  firstDrawnMs: settled === null ? missing('did not finish within 30 s') : figure(settled / 2),
  longestTaskMs: task === null ? missing('did not finish within 30 s') : figure(task),
  ...(progress === undefined ? {} : { progressShown: progress }),
});

const session = (actions: ActionResult[], hover = 1): AppActions => ({
  initialView: 'Countries',
  actions,
  hoverFrames: figure(hover),
});

describe('mergeSessions', () => {
  it('gives one session back as it is', () => {
    const one = session([action('filter', 400, 90)]);
    expect(mergeSessions([one])).toBe(one);
  });

  it("takes each action's median over the sessions and keeps each session's figures", () => {
    const merged = mergeSessions([
      session([action('network-view', 600, 263, false), action('filter', 450, 70, true)], 1),
      session([action('network-view', 380, 82, false), action('filter', 470, 73, false)], 2),
      session([action('network-view', 420, 110, false), action('filter', 430, 97, false)], 1),
    ]);
    expect(merged.initialView).toBe('Countries');
    expect(merged.hoverFrames).toEqual(figure(1));
    expect(merged.actions.map((a) => a.id)).toEqual(['network-view', 'filter']);
    const [network, filter] = merged.actions;
    expect(network!.settledMs).toEqual(figure(420));
    expect(network!.firstDrawnMs).toEqual(figure(210));
    // The one long task of the first session is kept beside, not taken for the figure.
    expect(network!.longestTaskMs).toEqual(figure(110));
    expect(network!.sessions).toEqual({ settledMs: [600, 380, 420], longestTaskMs: [263, 82, 110] });
    expect(network!.progressShown).toBe(false);
    // Progress shown in any session counts as shown.
    expect(filter!.progressShown).toBe(true);
  });

  it('leaves out the sessions that did not measure an action, and says why when none did', () => {
    const merged = mergeSessions([
      session([action('switch-view', null, null)]),
      session([action('switch-view', 500, 120)]),
      session([]),
    ]);
    const [view] = merged.actions;
    expect(view!.settledMs).toEqual(figure(500));
    expect(view!.sessions).toEqual({ settledMs: [null, 500, null], longestTaskMs: [null, 120, null] });
    expect(medianFigure([missing('no hub'), missing('other')])).toEqual(missing('no hub'));
  });
});
