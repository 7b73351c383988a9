// CLI: writes a generated partner table as CSV. Usage: tsx scripts/bench/generate.ts --size M [--seed N] --out FILE
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import Papa from 'papaparse';
import { COLUMNS, SIZES, partnerTable } from './partner-table';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const sizeName = (arg('size') ?? 'S') as keyof typeof SIZES;
const size = SIZES[sizeName];
const out = arg('out');
const seed = Number(arg('seed') ?? 2026);
if (!size || !out || !Number.isInteger(seed)) {
  console.error('generate: usage: --size S|M|L|XL --out FILE [--seed N]');
  process.exit(2);
}

const stream = createWriteStream(out);
stream.write(Papa.unparse([COLUMNS as unknown as string[]]) + '\n');
let rows = 0;
let batch: string[][] = [];
for (const row of partnerTable(size, seed)) {
  batch.push(COLUMNS.map((c) => row[c]));
  rows++;
  if (batch.length === 5000) {
    if (!stream.write(Papa.unparse(batch) + '\n')) await once(stream, 'drain');
    batch = [];
  }
}
if (batch.length) stream.write(Papa.unparse(batch) + '\n');
stream.end();
await once(stream, 'finish');
console.log(`generate: ${rows} participations (${sizeName}) written to ${out}`);
