import { describe, expect, it } from 'vitest';
import { importJob } from '../../src/io/importJob';
import { readImportResult } from '../../src/io/importResult';
import { writeGexf } from '../../src/io/gexf';
import { CONTRACTS } from '../../src/worker/contracts';
import { dispatch } from '../../src/worker/dispatch';
import { HANDLERS } from '../../src/worker/handlers';
import type { FromWorkerMessage } from '../../src/worker/protocol';
import { smallGraph, snapshot } from './smallGraph';

const noProgress = { progress: () => {} };

describe('the import job', () => {
  it('refuses a payload without a file, naming the field', async () => {
    const posted: FromWorkerMessage[] = [];
    await dispatch(
      CONTRACTS,
      HANDLERS as never,
      { type: 'start', id: 1, job: 'import', payload: { fileName: 'a.csv' } },
      (m) => posted.push(m),
    );
    expect(posted).toEqual([
      { type: 'error', id: 1, message: expect.stringMatching(/^worker: job "import": file: /) },
    ]);
  });

  it('streams a partner table with progress and returns a checked graph and report', async () => {
    const posted: FromWorkerMessage[] = [];
    const file = new Blob(['Acronym;Partner;Country;Role\nP1;Alpha;SI;LP\nP1;Beta;AT;PP\n']);
    await dispatch(
      CONTRACTS,
      HANDLERS as never,
      { type: 'start', id: 2, job: 'import', payload: { fileName: 'p.csv', file } },
      (m) => posted.push(m),
    );
    const last = posted.at(-1)!;
    expect(posted.some((m) => m.type === 'progress' && m.label === 'reading rows')).toBe(true);
    expect(last.type).toBe('result');
    const result = await readImportResult(
      CONTRACTS.import.result.parse(last.type === 'result' ? last.value : null),
    );
    expect(
      result.ok &&
        result.conforms &&
        result.graph.getEdgeAttribute('participates_in:org:alpha->project:p1', 'role'),
    ).toBe('lead');
    expect(result.ok && result.report).toMatchObject({ file: 'p.csv', format: 'csv', read: 2, used: 2 });
  });

  it('uses the mapping it is given instead of the guess', async () => {
    const file = new Blob(['a,b,c\nP1,Alpha,SI\n']);
    const result = await readImportResult(
      await importJob(
        { fileName: 'm.csv', file, mapping: { acronym: 'a', organisation: 'b', country: 'c' } },
        noProgress,
      ),
    );
    expect(result.ok && result.graph.getNodeAttributes('org:alpha')).toMatchObject({ country: 'SI' });
  });

  it('reads a GEXF file and gives back the same graph', async () => {
    const result = await readImportResult(
      await importJob({ fileName: 'g.gexf', file: new Blob([writeGexf(smallGraph())]) }, noProgress),
    );
    expect(result.ok && snapshot(result.graph)).toEqual(snapshot(smallGraph()));
  });

  it('returns the errors of a broken file', async () => {
    const result = await importJob(
      { fileName: 'b.graphml', file: new Blob(['<graphml><graph>']) },
      noProgress,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^b\.graphml: broken XML at line 1, column \d+: /);
  });
});
