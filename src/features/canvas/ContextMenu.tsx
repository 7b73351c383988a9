// Right-click menu on a node: details, consortium/neighbourhood, path ends.
import { useEffect, useRef } from 'react';
import { store } from '../../store';

export interface ContextTarget {
  key: string;
  label: string;
  type: string;
  x: number;
  y: number;
}

export function ContextMenu({ target, onClose }: { target: ContextTarget; onClose(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const act = (fn: () => void) => () => {
    fn();
    onClose();
  };
  const s = store.getState();
  const isOrg = target.type === 'organisation';
  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={`Actions for ${target.label}`}
      style={{ left: target.x, top: target.y }}
    >
      <button
        type="button"
        role="menuitem"
        onClick={act(() => (s.select(target.key), s.setPanel('details')))}
      >
        Show details
      </button>
      {(isOrg || target.type === 'project') && (
        <button type="button" role="menuitem" onClick={act(() => s.openEgo(target.key))}>
          {isOrg ? 'Open neighbourhood' : 'Open consortium'}
        </button>
      )}
      {(target.type === 'country' || target.type === 'programme') && (
        <button type="button" role="menuitem" onClick={act(() => s.expandGroup(target.key))}>
          Show its organisations
        </button>
      )}
      {isOrg && (
        <>
          <button
            type="button"
            role="menuitem"
            onClick={act(() => (s.setPathEnd(0, target.key), s.setPanel('path')))}
          >
            Path from here
          </button>
          <button
            type="button"
            role="menuitem"
            onClick={act(() => (s.setPathEnd(1, target.key), s.setPanel('path')))}
          >
            Path to here
          </button>
        </>
      )}
    </div>
  );
}
