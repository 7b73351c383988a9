import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { checkLicences, isAllowed } from '../../scripts/check-licences.mjs';

const lock = (packages: Record<string, unknown>) => ({
  lockfileVersion: 3,
  packages: { '': { name: 'app' }, ...packages },
});

describe('licence check of production dependencies', () => {
  it('refuses a lockfile without packages', () => {
    expect(() => checkLicences({ lockfileVersion: 1 })).toThrow(/has no "packages"/);
  });

  it('fails a GPL production dependency and one without a licence, ignores dev-only ones', () => {
    const { production, failures } = checkLicences(
      lock({
        'node_modules/cytoscape-svg': { version: '0.4.0', license: 'GPL-3.0' },
        'node_modules/mystery': { version: '1.0.0' },
        'node_modules/fine': { version: '2.0.0', license: 'MIT' },
        'node_modules/gpl-test-tool': { version: '1.0.0', license: 'GPL-2.0', dev: true },
      }),
    );
    expect(production.map((p: { name: string }) => p.name)).toEqual(['cytoscape-svg', 'mystery', 'fine']);
    expect(failures).toEqual([
      { name: 'cytoscape-svg', version: '0.4.0', licence: 'GPL-3.0' },
      { name: 'mystery', version: '1.0.0', licence: 'UNKNOWN' },
    ]);
  });

  it('reads the licence from the package manifest when the lockfile lacks it', () => {
    const { failures } = checkLicences(lock({ 'node_modules/a': { version: '1.0.0' } }), () => ({
      license: 'ISC',
    }));
    expect(failures).toEqual([]);
  });

  it('reads SPDX expressions: OR needs one allowed side, AND needs both', () => {
    expect(isAllowed('(MIT OR GPL-3.0)')).toBe(true);
    expect(isAllowed('MIT AND GPL-3.0')).toBe(false);
    expect(isAllowed('Apache-2.0 AND MIT')).toBe(true);
    expect(isAllowed('LGPL-3.0')).toBe(false);
    expect(isAllowed(undefined)).toBe(false);
  });
});
