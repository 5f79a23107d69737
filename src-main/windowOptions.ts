import type { BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from './security';

export const WINDOW_TITLE = '文明实践站台账';

/** Designed for 1366×768, the most common screen in village offices; below 1024×700 the tables stop fitting. */
export const DEFAULT_WINDOW_SIZE = { width: 1366, height: 768 } as const;
export const MIN_WINDOW_SIZE = { width: 1024, height: 700 } as const;

export interface Size {
  width: number;
  height: number;
}

/** On a 1366×768 screen the taskbar leaves less room than the default, so the first size fits the work area. */
export function initialWindowSize(workArea: Size | undefined): Size {
  if (workArea === undefined) return { ...DEFAULT_WINDOW_SIZE };
  return {
    width: Math.max(MIN_WINDOW_SIZE.width, Math.min(DEFAULT_WINDOW_SIZE.width, workArea.width)),
    height: Math.max(MIN_WINDOW_SIZE.height, Math.min(DEFAULT_WINDOW_SIZE.height, workArea.height)),
  };
}

export function mainWindowOptions(options: { preloadPath: string; workArea?: Size }): BrowserWindowConstructorOptions {
  return {
    ...initialWindowSize(options.workArea),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: WINDOW_TITLE,
    // Shown once the first paint is ready, so the keeper never sees a blank white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preloadPath),
  };
}
