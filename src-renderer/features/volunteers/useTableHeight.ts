import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

const windowHeight = () => window.innerHeight;

/** The smallest body height a long list gets, so a short window still shows several rows. */
const MIN_TABLE_HEIGHT = 240;

/**
 * A virtual table needs its body height in pixels: the window height less what sits above and below
 * the table (`reserved`), following window resizes.
 */
export function useTableHeight(reserved: number): number {
  const height = useSyncExternalStore(subscribe, windowHeight);
  return Math.max(MIN_TABLE_HEIGHT, height - reserved);
}
