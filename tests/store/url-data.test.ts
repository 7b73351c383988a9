import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState } from '../../src/store/url';

describe('the data address in the URL', () => {
  it('is absent from the state when the address has none, and drops an empty one', () => {
    expect(parseUrlState('?view=countries').state).not.toHaveProperty('data');
    expect(parseUrlState('?data=').state).not.toHaveProperty('data');
  });

  it('round-trips with the view state', () => {
    const { state } = parseUrlState('?view=co-partners&data=https%3A%2F%2Fx.example%2Fp.csv');
    expect(state.data).toBe('https://x.example/p.csv');
    expect(parseUrlState(formatUrlState(state)).state).toEqual(state);
  });
});
