import type { LocalDb } from '../data/local/localDb';
import type { DesktopApi } from './api';
import { getDesktopApi } from './desktop';
import { createWebPlatform } from './web';

/** Inside Electron the preload has exposed the API; in a plain browser we build the web one. */
export function getPlatform(local: LocalDb): DesktopApi {
  return getDesktopApi() ?? createWebPlatform(local);
}
