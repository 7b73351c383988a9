// Runs the data pipeline on a partner table as a child process under `/usr/bin/time -v`: wall time and
// peak memory (max RSS) of the real `build:data --csv` path.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface TimeV {
  seconds: number;
  maxRssKiB: number;
  exitStatus: number;
}

/** Reads wall time, max RSS and exit status from GNU time's `-v` report. Null if they are not there. */
export function parseTimeV(report: string): TimeV | null {
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(
    report,
  );
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  const exit = /Exit status: (\d+)/.exec(report);
  if (!wall || !rss) return null;
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  return { seconds, maxRssKiB: Number(rss[1]), exitStatus: exit ? Number(exit[1]) : 0 };
}

export type PipelineRun = { ok: true; time: TimeV } | { ok: false; reason: string };

/** `tsx src/pipeline/cli.ts --csv CSV --out OUT`, killed after `timeoutMs`. */
export function runPipeline(csv: string, out: string, timeoutMs: number): Promise<PipelineRun> {
  if (!existsSync('src/pipeline/cli.ts'))
    return Promise.resolve({
      ok: false,
      reason: 'the pipeline (src/pipeline/cli.ts) is not on this branch yet',
    });
  return new Promise((resolve) => {
    const child = spawn(
      '/usr/bin/time',
      ['-v', 'node_modules/.bin/tsx', 'src/pipeline/cli.ts', '--csv', csv, '--out', out],
      // Its own process group, so a timeout ends tsx and node too, not only `time`.
      { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal || timedOut)
        return resolve({ ok: false, reason: `did not finish within ${Math.round(timeoutMs / 1000)} s` });
      const time = parseTimeV(stderr);
      if (code !== 0 || !time || time.exitStatus !== 0) {
        const last = stderr
          .split('\n')
          .filter((l) => l.trim() && !l.startsWith('\t') && !l.startsWith('Command'))
          .slice(-2)
          .join(' ')
          .slice(0, 300);
        return resolve({ ok: false, reason: `exited with status ${code}: ${last || 'no message'}` });
      }
      resolve({ ok: true, time });
    });
  });
}
