import type { RouteObject } from 'react-router';

/**
 * Each feature declares its own routes (features/<name>/routes.tsx); this only collects them. A feature's
 * code is loaded when the keeper first opens one of its screens, so a start-up runs only the code of the
 * screen it opens (the reports' charts, the certificate sheets and the import tools wait until wanted).
 */
export interface FeatureRoutes {
  /** The paths the feature's routes live under ('/' alone for the home screen). */
  prefix: string;
  load: () => Promise<RouteObject[]>;
}

export const FEATURE_ROUTES: readonly FeatureRoutes[] = [
  { prefix: '/', load: () => import('../features/home/HomePage').then(({ HomePage }) => [{ path: '/', element: <HomePage /> }]) },
  { prefix: '/activities', load: () => import('../features/activities/routes').then((m) => m.activityRoutes) },
  { prefix: '/requests', load: () => import('../features/requests/routes').then((m) => m.requestRoutes) },
  { prefix: '/volunteers', load: () => import('../features/volunteers/routes').then((m) => m.volunteerRoutes) },
  { prefix: '/teams', load: () => import('../features/teams/routes').then((m) => m.teamRoutes) },
  { prefix: '/projects', load: () => import('../features/projects/routes').then((m) => m.projectRoutes) },
  { prefix: '/reports', load: () => import('../features/reports/routes').then((m) => m.reportRoutes) },
  { prefix: '/records', load: () => import('../features/records/routes').then((m) => m.recordsRoutes) },
  { prefix: '/certificates', load: () => import('../features/certificates/routes').then((m) => m.certificateRoutes) },
  { prefix: '/honours', load: () => import('../features/honours/routes').then((m) => m.honourRoutes) },
  { prefix: '/duty', load: () => import('../features/duty/routes').then((m) => m.dutyRoutes) },
  { prefix: '/sync', load: () => import('../features/sync/routes').then((m) => m.syncRoutes) },
  { prefix: '/backup', load: () => import('../features/backup/routes').then((m) => m.backupRoutes) },
  { prefix: '/settings', load: () => import('../features/settings/routes').then((m) => m.settingsRoutes) },
];

function isUnder(pathname: string, prefix: string): boolean {
  if (prefix === '/') return pathname === '/' || pathname === '';
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

/** The feature whose screens live under this path, if any. */
export function featureOf(pathname: string, features: readonly FeatureRoutes[] = FEATURE_ROUTES): FeatureRoutes | undefined {
  return features.find((f) => isUnder(pathname, f.prefix));
}
