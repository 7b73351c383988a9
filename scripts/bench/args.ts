// Command line of `npm run bench`.
import { SIZES } from './partner-table';

export type SizeName = keyof typeof SIZES;

/** `--sizes S,M` -> ['S', 'M']; all four sizes when the flag is absent. */
export function parseSizes(argv: readonly string[]): SizeName[] {
  const i = argv.indexOf('--sizes');
  if (i < 0) return ['S', 'M', 'L', 'XL'];
  const list = (argv[i + 1] ?? '').split(',').map((s) => s.trim().toUpperCase());
  const bad = list.filter((s) => !(s in SIZES));
  if (!list.length || bad.length)
    throw new Error(
      `bench: --sizes takes a comma-separated list of S, M, L, XL (got "${argv[i + 1] ?? ''}")`,
    );
  return list as SizeName[];
}
