import { create } from 'zustand';
import { WorkspaceView } from '@/lib/messaging/protocol';

/**
 * Hash routing for the workspace: `#/<view>?case=<id>`. Hash routes survive a reload and need
 * no server, and the background can open any view with `workspace.html#/<view>`.
 */
export type Route = { view: WorkspaceView; caseId?: string; known: boolean };

const CASE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Reads a location hash. An empty hash is home; an unknown view is reported as not known. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const caseParam = new URLSearchParams(query).get('case') ?? undefined;
  const caseId = caseParam && CASE_ID.test(caseParam) ? caseParam : undefined;
  if (path === '') return { view: 'home', caseId, known: true };
  const view = WorkspaceView.safeParse(path);
  return view.success
    ? { view: view.data, caseId, known: true }
    : { view: 'home', caseId, known: false };
}

export function hrefFor(view: WorkspaceView, caseId?: string): string {
  return caseId ? `#/${view}?case=${encodeURIComponent(caseId)}` : `#/${view}`;
}

type RouteState = Route & { sync(): void };

export const useRoute = create<RouteState>((set) => ({
  ...parseHash(typeof location === 'undefined' ? '' : location.hash),
  sync: () => set(parseHash(location.hash)),
}));

/** Go to a view (pushes a history entry, so Back works). */
export function navigate(view: WorkspaceView, caseId?: string): void {
  const next = hrefFor(view, caseId ?? useRoute.getState().caseId);
  if (location.hash !== next) location.hash = next;
  else useRoute.getState().sync();
}

/** Keeps the store in step with the address bar; returns the unsubscribe function. */
export function listenToHash(): () => void {
  const onChange = () => useRoute.getState().sync();
  window.addEventListener('hashchange', onChange);
  onChange();
  return () => window.removeEventListener('hashchange', onChange);
}
