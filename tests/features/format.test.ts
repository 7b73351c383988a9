import { describe, expect, it } from 'vitest';
import { NODE_OUTPUTS } from '../../src/graph/metrics';
import { formatValue } from '../../src/features/metrics/format';

const ofKind = (kind: string) => NODE_OUTPUTS.find((o) => o.kind === kind)!;

describe('formatValue', () => {
  it('writes counts with thousands separators, as the rest of the app writes numbers', () => {
    expect(formatValue(ofKind('count'), 5628)).toBe('5,628');
    expect(formatValue(ofKind('count'), 12)).toBe('12');
    expect(formatValue(ofKind('count'), 2.5)).toBe('2.50');
  });

  it('numbers communities from 1 and shows a missing value as a dash', () => {
    expect(formatValue(ofKind('category'), 0)).toBe('1');
    expect(formatValue(ofKind('count'), null)).toBe('–');
  });
});
