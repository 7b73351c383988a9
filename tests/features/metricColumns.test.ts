import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { metricColumns } from '../../src/features/export/exportFile';
import { writeNodesCsv } from '../../src/io/csvExport';
import { smallGraph } from '../io/smallGraph';

describe('the nodes CSV carries the metrics of the shown view', () => {
  it('has no metric columns before metrics ran', () => {
    expect(metricColumns(null)).toEqual({});
  });

  it('adds one column per metric, empty where a metric does not apply', () => {
    const columns = metricColumns({
      keys: ['org:zrs-bistra', 'org:xss'],
      labels: ['ZRS Bistra Ptuj', 'x'],
      weighted: false,
      nodes: { degree: [2, 1], closeness: [0.5, null] },
      graph: {},
      approximations: {},
      failures: {},
    });
    const rows = Papa.parse<Record<string, string>>(writeNodesCsv(smallGraph(), { columns }), {
      header: true,
    }).data;
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey['org:zrs-bistra']).toMatchObject({ degree: '2', closeness: '0.5' });
    expect(byKey['org:xss']).toMatchObject({ degree: '1', closeness: '' });
  });
});
