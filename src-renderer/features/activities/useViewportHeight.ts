import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

const read = () => window.innerHeight;

/** The window's inner height, kept current: a virtual table needs its scroll height as a number. */
export function useViewportHeight(): number {
  return useSyncExternalStore(subscribe, read, read);
}
