import type { DesktopApi } from './api';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. Read it through platform/desktop.ts. */
    readonly stationLedger?: DesktopApi;
  }
}

export {};
