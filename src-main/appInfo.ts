import type { AppInfo } from '../src-renderer/platform/api';

export function buildAppInfo(host: { version: string; platform: string }): AppInfo {
  return { version: host.version, shell: 'desktop', os: host.platform };
}
