#!/usr/bin/env node
// Licence check of the production dependencies (what the app bundles): every package in package-lock.json
// that is not dev-only must carry a licence from the allow-list; GPL-family and unknown licences fail.
// Usage: node scripts/check-licences.mjs [--verbose]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Licences compatible with shipping inside an MIT-licensed app. */
export const ALLOWED = new Set([
  'MIT',
  'MIT-0',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  '0BSD',
  'Apache-2.0',
  'Zlib',
  'CC0-1.0',
  'Unlicense',
  'BlueOak-1.0.0',
  'Python-2.0',
]);

/**
 * Whether an SPDX expression is acceptable: "A OR B" needs one allowed side, "A AND B" needs both.
 * Parentheses are read left to right, which is enough for the expressions npm packages use.
 */
export function isAllowed(expression) {
  if (typeof expression !== 'string' || !expression.trim()) return false;
  const e = expression.trim().replace(/^\((.*)\)$/, '$1');
  if (/\bOR\b/.test(e)) return e.split(/\s+OR\s+/).some((part) => isAllowed(part));
  if (/\bAND\b/.test(e)) return e.split(/\s+AND\s+/).every((part) => isAllowed(part));
  return ALLOWED.has(e.replace(/[()]/g, '').trim());
}

function licenceOf(entry, readManifest, path) {
  if (typeof entry.license === 'string') return entry.license;
  const manifest = readManifest(path);
  if (!manifest) return undefined;
  if (typeof manifest.license === 'string') return manifest.license;
  if (manifest.license && typeof manifest.license.type === 'string') return manifest.license.type;
  if (Array.isArray(manifest.licenses))
    return manifest.licenses.map((l) => (typeof l === 'string' ? l : l.type)).join(' OR ');
  return undefined;
}

/**
 * checkLicences: the production packages of a lockfile (v2/v3) and the ones that fail.
 * `readManifest(path)` returns a package.json object for "node_modules/x" or undefined.
 */
export function checkLicences(lock, readManifest = () => undefined) {
  const packages = lock && typeof lock === 'object' ? lock.packages : undefined;
  if (!packages || typeof packages !== 'object')
    throw new Error('check-licences: package-lock.json has no "packages" (lockfile v2 or later needed)');
  const production = [];
  const failures = [];
  for (const [path, entry] of Object.entries(packages)) {
    if (!path || entry.dev || entry.link) continue;
    const name = path.replace(/^.*node_modules\//, '');
    const licence = licenceOf(entry, readManifest, path);
    const item = { name, version: entry.version ?? '?', licence: licence ?? 'UNKNOWN' };
    production.push(item);
    if (!isAllowed(licence)) failures.push(item);
  }
  return { production, failures };
}

function main() {
  const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const readManifest = (path) => {
    const file = join(root, path, 'package.json');
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  };
  const { production, failures } = checkLicences(lock, readManifest);
  if (process.argv.includes('--verbose'))
    for (const p of production) console.log(`${p.licence.padEnd(24)} ${p.name}@${p.version}`);
  if (failures.length) {
    console.error(`check-licences: ${failures.length} production dependencies are not on the allow-list:`);
    for (const f of failures) console.error(`  ${f.name}@${f.version}: ${f.licence}`);
    console.error(
      `Allowed: ${[...ALLOWED].join(', ')}. GPL-family and unknown licences cannot ship in the app.`,
    );
    process.exit(1);
  }
  console.log(`check-licences: ${production.length} production dependencies, all on the allow-list.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
