// Applies the palette as CSS variables, so the chrome and the canvas share one palette.
import { PALETTES, type ThemeName } from '../render/palette';

export function applyTheme(theme: ThemeName, root: HTMLElement = document.documentElement): void {
  const p = PALETTES[theme];
  root.dataset.theme = theme;
  root.style.colorScheme = theme;
  const vars: Record<string, string> = {
    '--bg': p.background,
    '--surface': p.surface,
    '--text': p.text,
    '--muted': p.muted,
    '--border': p.border,
    '--accent': p.accent,
    '--lead': p.lead,
    '--path': p.path,
    '--organisation': p.node.organisation,
    '--project': p.node.project,
    '--programme': p.node.programme,
    '--country': p.node.country,
  };
  for (const [k, v] of Object.entries(vars)) root.style.setProperty(k, v);
}
