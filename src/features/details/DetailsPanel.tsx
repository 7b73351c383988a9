// Details of the selected node: facts, projects with roles, partners, countries and source quotes.
import { useState } from 'react';
import { store, useAppStore } from '../../store';
import { selectSelectedDetails } from '../../store/selectors';
import { NODE_TYPE_LABELS } from '../../render/palette';
import { Shape } from '../legend/Legend';
import { MetricRanks } from '../metrics/MetricRanks';
import type { LinkedNode, ListOf, NodeDetails } from '../../graph/details';

const ROLE_LABEL = { lead: 'Lead partner', partner: 'Partner', associated: 'Associated' } as const;

function NodeLink({ node }: { node: LinkedNode }) {
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => store.getState().select(node.key, { focus: true })}
    >
      {node.label}
    </button>
  );
}

/** Items a list shows at first, and how many more each "Show more" adds (a hub has thousands). */
export const LIST_PAGE = 50;

function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore(): void }) {
  if (shown >= total) return null;
  const next = Math.min(total - shown, LIST_PAGE * 4);
  return (
    <button type="button" className="link-button show-more" onClick={onMore}>
      Show {next.toLocaleString('en')} more ({(total - shown).toLocaleString('en')} not shown)
    </button>
  );
}

function LinkList({
  title,
  items,
  extra,
  pending,
}: {
  title: string;
  items: ListOf<LinkedNode>;
  extra?: (n: LinkedNode) => React.ReactNode;
  /** Being counted elsewhere: says so instead of the list. */
  pending?: string;
}) {
  const [limit, setLimit] = useState(LIST_PAGE);
  if (pending)
    return (
      <section className="details-section" aria-busy="true">
        <h3>{title}</h3>
        <p className="muted small" role="status">
          {pending}
        </p>
      </section>
    );
  if (!items.length) return null;
  return (
    <section className="details-section">
      <h3>
        {title} <span className="muted">{items.length.toLocaleString('en')}</span>
      </h3>
      <ul className="link-list">
        {items.slice(0, limit).map((n) => (
          <li key={n.key}>
            <NodeLink node={n} />
            {n.role && <span className={`role role-${n.role}`}>{ROLE_LABEL[n.role]}</span>}
            {n.country && <span className="muted"> {n.country}</span>}
            {extra?.(n)}
          </li>
        ))}
      </ul>
      <ShowMore shown={limit} total={items.length} onMore={() => setLimit(limit + LIST_PAGE * 4)} />
    </section>
  );
}

function Sources({ sources }: { sources: NodeDetails['sources'] }) {
  const [limit, setLimit] = useState(LIST_PAGE);
  if (!sources.length) return null;
  return (
    <section className="details-section">
      <h3>
        Sources <span className="muted">{sources.length.toLocaleString('en')}</span>
      </h3>
      <ul className="quotes">
        {sources.slice(0, limit).map((q) => (
          <li key={`${q.doc}|${q.quote}`}>
            <p className="fact">{q.fact}</p>
            <blockquote lang={q.lang}>{q.quote}</blockquote>
            <p className="doc" data-doc={q.doc}>
              <span className="muted">from</span>{' '}
              {q.page.href ? (
                <a href={q.page.href} target="_blank" rel="noopener noreferrer" title={q.doc}>
                  <cite>{q.page.label}</cite>
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              ) : (
                <cite>{q.page.label}</cite>
              )}
              {q.page.language ? (
                <span className="lang-tag page-language">{q.page.language}</span>
              ) : (
                q.lang && <span className="lang-tag">{q.lang}</span>
              )}
            </p>
          </li>
        ))}
      </ul>
      <ShowMore shown={limit} total={sources.length} onMore={() => setLimit(limit + LIST_PAGE * 4)} />
    </section>
  );
}

export function DetailsPanel() {
  const d = useAppStore(selectSelectedDetails);
  if (!d) {
    return (
      <div className="panel-empty">
        <h2>Details</h2>
        <p>Click a node to see who it works with, in which projects, and the sentences that say so.</p>
        <p className="muted">
          Tip: press / to search, f to fit the graph, double-click a node to open its consortium (or a country
          or programme to open its partnerships).
        </p>
      </div>
    );
  }
  const s = store.getState();
  return (
    <article className="details" aria-label={`Details of ${d.label}`}>
      <header>
        <p className="eyebrow">
          <Shape type={d.type} size={12} /> {NODE_TYPE_LABELS[d.type]}
        </p>
        <h2>{d.label}</h2>
        {d.aliases.length > 0 && <p className="aliases">Also written: {d.aliases.join(' · ')}</p>}
      </header>
      <div className="details-actions">
        {(d.type === 'organisation' || d.type === 'project') && (
          <button type="button" className="tool-button primary" onClick={() => s.openEgo(d.key)}>
            {d.type === 'project' ? 'Open consortium' : 'Open neighbourhood'}
          </button>
        )}
        {d.type === 'organisation' && (
          <button
            type="button"
            className="tool-button"
            onClick={() => (s.setPathEnd(0, d.key), s.setPanel('path'))}
          >
            Path from here
          </button>
        )}
      </div>
      {d.facts.length > 0 && (
        <dl className="facts">
          {d.facts.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
      <MetricRanks nodeKey={d.key} />
      <LinkList
        key={`${d.key}:organisations`}
        title={d.type === 'project' ? 'Consortium' : 'Organisations'}
        items={d.organisations}
      />
      <LinkList key={`${d.key}:projects`} title="Projects" items={d.projects} />
      <LinkList
        key={`${d.key}:partners`}
        title="Partners"
        items={d.partners}
        {...(d.partnersPending ? { pending: 'Counting the partners of all its projects…' } : {})}
        extra={(n) =>
          n.shared !== undefined &&
          n.shared > 1 && <span className="badge">{n.shared.toLocaleString('en')} projects together</span>
        }
      />
      <LinkList key={`${d.key}:countries`} title="Countries" items={d.countries} />
      <Sources key={d.key} sources={d.sources} />
      <p className="muted small">Key: {d.key}</p>
    </article>
  );
}
