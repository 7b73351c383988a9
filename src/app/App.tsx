// Entry component: loads the bundled graph, then shows the shell, or a clear error screen.
import { useEffect, useState } from 'react';
import type { Progress } from '../worker/protocol';
import { store, useAppStore } from '../store';
import { startCrossProjectEffect, startMetricsEffect } from '../store/metrics-effect';
import { startShownEffect } from '../store/shown-effect';
import { applyUrl, syncUrl } from '../store/url-sync';
import { loadGraph } from '../store/load';
import { Shell } from './Shell';
import { ProgressLine } from '../features/shell/ProgressLine';
import { applyTheme } from './theme';

export function App() {
  const status = useAppStore((s) => s.loadStatus);
  const errors = useAppStore((s) => s.loadErrors);
  const theme = useAppStore((s) => s.theme);
  const [progress, setProgress] = useState<Progress | null>(null);

  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => {
      if (!store.getState().themeChosen) store.getState().setTheme(media.matches ? 'dark' : 'light', false);
    };
    follow();
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, []);

  useEffect(() => applyTheme(theme), [theme]);

  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    const opening = new AbortController();
    void loadGraph(undefined, undefined, {
      signal: opening.signal,
      onProgress: (p) => !cancelled && setProgress(p),
    }).then((result) => {
      if (cancelled) return;
      if (!result.ok) {
        store.getState().setLoadErrors(result.errors);
        return;
      }
      // A view named in the address wins over the large dataset's overview.
      store.getState().setDataset(result.dataset, {
        keepView: new URLSearchParams(window.location.search).has('view'),
      });
      applyUrl(store, window.location.search);
      const stopUrl = syncUrl(store);
      const stopShown = startShownEffect(store);
      const stopMetrics = startMetricsEffect(store);
      const stopCrossProject = startCrossProjectEffect(store);
      stop = () => {
        stopUrl();
        stopShown();
        stopMetrics();
        stopCrossProject();
      };
    });
    return () => {
      cancelled = true;
      opening.abort();
      stop?.();
    };
  }, []);

  if (status === 'error') {
    return (
      <main className="error-screen" role="alert">
        <h1>Consortia could not open its graph</h1>
        <p>The data file did not pass its check, so nothing was drawn. What is wrong:</p>
        <ul>
          {errors.map((e) => (
            <li key={e}>
              <code>{e}</code>
            </li>
          ))}
        </ul>
        <p>
          Rebuild it with <code>npm run build:data</code> and reload the page.
        </p>
      </main>
    );
  }
  if (status === 'loading') {
    return (
      <main className="loading-screen" aria-busy="true">
        <p>Loading the partner graph…</p>
        {progress && (
          <ProgressLine
            text={
              progress.label.charAt(0).toUpperCase() +
              progress.label.slice(1) +
              (progress.total > 1 ? '' : '…')
            }
            label="Loading progress"
            done={progress.done}
            total={progress.total}
          />
        )}
      </main>
    );
  }
  return <Shell />;
}
