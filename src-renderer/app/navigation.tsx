import {
  BarChartOutlined,
  CalendarOutlined,
  CloudDownloadOutlined,
  CloudSyncOutlined,
  FileProtectOutlined,
  HomeOutlined,
  SafetyOutlined,
  ProjectOutlined,
  SettingOutlined,
  SolutionOutlined,
  SwapOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

export interface NavItem {
  path: string;
  labelKey: string;
  icon: ReactNode;
}

/** The side menu, in the order a keeper's day uses it. Features add their entry here. */
export const NAV_ITEMS: NavItem[] = [
  { path: '/', labelKey: 'common.nav.home', icon: <HomeOutlined /> },
  { path: '/activities', labelKey: 'common.nav.activities', icon: <CalendarOutlined /> },
  { path: '/requests', labelKey: 'requests.nav', icon: <SolutionOutlined /> },
  { path: '/volunteers', labelKey: 'common.nav.volunteers', icon: <UserOutlined /> },
  { path: '/teams', labelKey: 'common.nav.teams', icon: <TeamOutlined /> },
  { path: '/projects', labelKey: 'common.nav.projects', icon: <ProjectOutlined /> },
  { path: '/duty', labelKey: 'duty.nav', icon: <SafetyOutlined /> },
  { path: '/reports', labelKey: 'common.nav.reports', icon: <BarChartOutlined /> },
  { path: '/records', labelKey: 'common.nav.records', icon: <SwapOutlined /> },
  { path: '/certificates', labelKey: 'common.nav.certificates', icon: <FileProtectOutlined /> },
  { path: '/honours', labelKey: 'honours.nav', icon: <TrophyOutlined /> },
  { path: '/sync', labelKey: 'common.nav.sync', icon: <CloudSyncOutlined /> },
  { path: '/backup', labelKey: 'backup.nav', icon: <CloudDownloadOutlined /> },
  { path: '/settings', labelKey: 'common.nav.settings', icon: <SettingOutlined /> },
];

/** The menu entry a path belongs to: the longest nav path that prefixes it. */
export function activeNavPath(pathname: string): string {
  const matches = NAV_ITEMS.filter((item) => item.path === '/' ? pathname === '/' : pathname.startsWith(item.path));
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.path ?? '/';
}
