/** A file size as people read it: kB below a megabyte (at least 1), MB with one decimal above. */
export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} kB`
    : `${(bytes / 1048576).toFixed(1)} MB`;
}
