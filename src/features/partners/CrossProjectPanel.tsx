// Cross-project partners: repeat partners, brokers, shared places and likely duplicates for the current
// filters. Each item highlights its nodes on the graph.
import { useState, type ReactNode } from 'react';
import type { FittedView } from '../../graph/budget';
import { NODE_OUTPUTS } from '../../graph/metrics';
import { ordinal } from '../../graph/metrics/ranks';
import { store, useAppStore } from '../../store';
import { formatValue } from '../metrics/format';
import { JobStatus } from '../metrics/MetricsPanel';
import { labelOf, selectShownFit } from '../../store/selectors';
import type { Emphasis } from '../../store/slices/metrics';
import '../metrics/metrics.css';

/** How many of an item's nodes the drawn (perhaps cut) view leaves out. */
const notIn = (fit: FittedView | null, keys: string[]) =>
  fit ? keys.filter((k) => !fit.graph.hasNode(k)).length : 0;

const BETWEENNESS = NODE_OUTPUTS.find((o) => o.id === 'betweenness')!;

const ROLE = { lead: 'lead', partner: 'partner', associated: 'associated' } as const;
const KIND = { country: 'Country', region: 'Region', city: 'City' } as const;

function Item({ emphasis, children }: { emphasis: Emphasis; children: ReactNode }) {
  const current = useAppStore((s) => s.emphasis);
  const active = current?.label === emphasis.label;
  return (
    <li className={active ? 'active' : undefined}>
      <button
        type="button"
        className="cross-item"
        aria-pressed={active}
        onClick={() => {
          const s = store.getState();
          if (active) s.emphasise(null);
          else {
            s.emphasise(emphasis);
            s.setMainMode('graph');
            // A view cut to the draw budget may have left them out: draw more of it to show them.
            const fit = selectShownFit(s);
            if (fit?.capped && !s.drawMore && notIn(fit, emphasis.keys) > 0) s.setDrawMore(true);
          }
        }}
      >
        {children}
      </button>
    </li>
  );
}

function Section({
  title,
  count,
  hint,
  children,
}: {
  title: string;
  count: number;
  hint: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(true);
  return (
    <section className="details-section cross-section">
      <h3>
        <button type="button" className="section-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {title} <span className="muted">{count}</span>
        </button>
      </h3>
      {open && (count ? <ul className="cross-list">{children}</ul> : <p className="muted small">{hint}</p>)}
    </section>
  );
}

export function CrossProjectPanel() {
  const found = useAppStore((s) => s.crossProjectResult);
  const status = useAppStore((s) => s.crossProjectStatus);
  const progress = useAppStore((s) => s.crossProjectProgress);
  const error = useAppStore((s) => s.crossProjectError);
  const emphasis = useAppStore((s) => s.emphasis);
  const fit = useAppStore(selectShownFit);
  const state = store.getState();
  const notDrawn = emphasis ? notIn(fit, emphasis.keys) : 0;
  const jobStatus = (
    <JobStatus
      what="Cross-project partners"
      status={status}
      progress={progress}
      error={error}
      onCancel={state.cancelCrossProject}
      onRun={state.runCrossProject}
    />
  );
  if (!found)
    return (
      <div className="cross-panel">
        <h2>Cross-project partners</h2>
        {jobStatus}
      </div>
    );
  const label = (key: string) => labelOf(state, key);
  const brokerScale = Math.max(0, ...found.brokers.map((b) => b.betweenness));
  const countryLabel = (code: string) => {
    const graph = state.dataset?.graph;
    const key = graph?.findNode((_, a) => a.type === 'country' && a.code === code);
    return key ? label(key) : code;
  };
  return (
    <div className="cross-panel">
      <h2>Cross-project partners</h2>
      <p className="muted small">For the current filters. Click an item to highlight it on the graph.</p>
      {jobStatus}
      {emphasis && (
        <p className="cross-emphasis" aria-live="polite">
          Highlighted: {emphasis.label}
          {notDrawn > 0 && ` (${notDrawn} of its ${emphasis.keys.length} nodes are not in this view)`}{' '}
          <button type="button" className="link-button" onClick={() => state.emphasise(null)}>
            Clear
          </button>
        </p>
      )}
      <Section
        title="In several projects"
        count={found.repeatPartners.length}
        hint="No organisation is in two projects."
      >
        {found.repeatPartners.map((p) => (
          <Item
            key={p.organisation}
            emphasis={{ label: p.label, keys: [p.organisation, ...p.memberships.map((m) => m.project)] }}
          >
            <span className="cross-title">{p.label}</span>
            <span className="badge">{p.memberships.length} projects</span>
            <span className="cross-detail">
              {p.memberships.map((m) => `${m.projectLabel} (${ROLE[m.role]})`).join(' · ')}
            </span>
          </Item>
        ))}
      </Section>
      <Section
        title="Brokers"
        count={found.brokers.length}
        hint="No organisation links otherwise separate partners."
      >
        {found.brokers.map((b) => (
          <Item key={b.organisation} emphasis={{ label: b.label, keys: [b.organisation] }}>
            <span className="cross-title">{b.label}</span>
            {b.articulation && (
              <span className="badge">
                removal splits off {b.splitsInto} group{b.splitsInto === 1 ? '' : 's'}
              </span>
            )}
            <span className="cross-detail">
              Betweenness {formatValue(BETWEENNESS, b.betweenness, brokerScale)}, {ordinal(b.rank)} in the
              co-partner network
            </span>
          </Item>
        ))}
      </Section>
      <Section
        title="Places in several consortia"
        count={found.places.length}
        hint="No place appears in two projects."
      >
        {found.places.map((p) => (
          <Item
            key={`${p.kind}:${p.country ?? ''}:${p.name}`}
            emphasis={{
              label: `${KIND[p.kind]} ${p.kind === 'country' ? countryLabel(p.name) : p.name}`,
              keys: [...p.organisations, ...p.projects],
            }}
          >
            <span className="cross-title">
              {KIND[p.kind]}: {p.kind === 'country' ? countryLabel(p.name) : p.name}
              {p.kind !== 'country' && (p.code ?? p.country) ? ` (${p.code ?? p.country})` : ''}
            </span>
            <span className="badge">{p.projects.length} projects</span>
            {p.throughDifferentOrganisations && (
              <span className="badge strong">through different organisations</span>
            )}
            <span className="cross-detail">
              {p.organisations
                .map((o) => {
                  const projects = p.evidence
                    .filter((e) => e.organisation === o)
                    .map((e) => label(e.project));
                  return `${label(o)} (${projects.join(', ')})`;
                })
                .join(' · ')}
            </span>
          </Item>
        ))}
      </Section>
      <Section
        title="Possibly the same organisation"
        count={found.duplicates.length}
        hint="No two names look alike."
      >
        {found.duplicates.map((d) => (
          <Item key={`${d.a}|${d.b}`} emphasis={{ label: `${d.labelA} / ${d.labelB}`, keys: [d.a, d.b] }}>
            <span className="cross-title">
              {d.labelA} ↔ {d.labelB}
            </span>
            <span className="badge">{Math.round(d.score * 100)}% alike</span>
            <span className="cross-detail">
              “{d.normalisedA}” vs “{d.normalisedB}”
              {d.sharedTokens.length ? ` · shared words: ${d.sharedTokens.join(', ')}` : ''}
              {d.sameCountry === true
                ? ' · same country'
                : d.sameCountry === false
                  ? ' · different countries'
                  : ''}
            </span>
          </Item>
        ))}
      </Section>
      {found.duplicates.length > 0 && (
        <p className="muted small">Look-alike names are only suggestions: nothing is merged.</p>
      )}
    </div>
  );
}
