// The graph a reference page draws: exactly what the app put on screen (or the built graph file), with
// positions, so every page draws the same nodes at the same places.
export interface Scene {
  nodes: { id: string; x: number; y: number; label: string }[];
  edges: { source: string; target: string }[];
}

export async function loadScene(): Promise<Scene> {
  const url = new URL(location.href).searchParams.get('scene');
  if (!url) throw new Error('bench page: ?scene=URL is required');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`bench page: ${url} answered ${response.status}`);
  return (await response.json()) as Scene;
}

export function fail(error: unknown): void {
  (window as unknown as { __benchError: string }).__benchError = String(error);
  console.error(error);
}
