// The side panel with its tabs (from app/panels); on phones a bottom sheet opened by a button.
import { PANELS } from '../../app/panels';
import { useAppStore } from '../../store';

export function SidePanel() {
  const panel = useAppStore((s) => s.panel);
  const setPanel = useAppStore((s) => s.setPanel);
  const open = useAppStore((s) => s.drawerOpen);
  const setOpen = useAppStore((s) => s.setDrawerOpen);
  const active = PANELS.find((p) => p.id === panel) ?? PANELS[0]!;
  return (
    <>
      <button
        type="button"
        className="drawer-toggle"
        aria-expanded={open}
        aria-controls="side-panel"
        onClick={() => setOpen(!open)}
      >
        {open ? 'Close panel' : active.label}
      </button>
      <aside id="side-panel" className={`side-panel${open ? ' open' : ''}`} aria-label="Panels">
        <div className="panel-tabs" role="tablist" aria-label="Panels">
          {PANELS.map((p) => (
            <button
              key={p.id}
              type="button"
              role="tab"
              id={`tab-${p.id}`}
              aria-selected={p.id === active.id}
              aria-controls={`panel-${p.id}`}
              tabIndex={p.id === active.id ? 0 : -1}
              onClick={() => setPanel(p.id)}
              onKeyDown={(e) => {
                if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
                const i = PANELS.findIndex((x) => x.id === active.id);
                const next = PANELS[(i + (e.key === 'ArrowRight' ? 1 : PANELS.length - 1)) % PANELS.length]!;
                setPanel(next.id);
                document.getElementById(`tab-${next.id}`)?.focus();
              }}
            >
              {p.label}
            </button>
          ))}
        </div>
        <div
          className="panel-body"
          role="tabpanel"
          id={`panel-${active.id}`}
          aria-labelledby={`tab-${active.id}`}
        >
          <active.Component />
        </div>
      </aside>
    </>
  );
}
