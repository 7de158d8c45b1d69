import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export type MountPoint = { host: HTMLElement; root: Root };

/**
 * A fresh element in the document and a React root on it for each test of the file (set up
 * before the file's own beforeEach), unmounted and removed after the test.
 */
export function mountPerTest(): MountPoint {
  const at = {} as MountPoint;
  beforeEach(() => {
    at.host = document.createElement('div');
    document.body.append(at.host);
    at.root = createRoot(at.host);
  });
  afterEach(() => {
    act(() => at.root.unmount());
    at.host.remove();
  });
  return at;
}
