/** Whether the PC believes it is online, and news when that changes (the browser's online/offline events). */
export interface Connectivity {
  isOnline(): boolean;
  subscribe(listener: (online: boolean) => void): () => void;
}

interface OnlineEventTarget {
  addEventListener(type: 'online' | 'offline', listener: () => void): void;
  removeEventListener(type: 'online' | 'offline', listener: () => void): void;
}

function isEventTarget(value: unknown): value is OnlineEventTarget {
  return typeof value === 'object' && value !== null && 'addEventListener' in value && typeof value.addEventListener === 'function';
}

function isOnlineFlag(value: unknown): value is { onLine: boolean } {
  return typeof value === 'object' && value !== null && 'onLine' in value && typeof value.onLine === 'boolean';
}

/**
 * The browser's view. Looked up on globalThis because the same code runs in Node tests, which have no
 * window: there the PC counts as online and never hears of a change.
 */
export function browserConnectivity(): Connectivity {
  const target: unknown = Reflect.get(globalThis, 'window');
  return {
    isOnline() {
      const navigator: unknown = Reflect.get(globalThis, 'navigator');
      return isOnlineFlag(navigator) ? navigator.onLine : true;
    },
    subscribe(listener) {
      if (!isEventTarget(target)) return () => {};
      const online = () => listener(true);
      const offline = () => listener(false);
      target.addEventListener('online', online);
      target.addEventListener('offline', offline);
      return () => {
        target.removeEventListener('online', online);
        target.removeEventListener('offline', offline);
      };
    },
  };
}
