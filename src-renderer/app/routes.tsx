import type { RouteObject } from 'react-router';
import { activityRoutes } from '../features/activities/routes';
import { certificateRoutes } from '../features/certificates/routes';
import { HomePage } from '../features/home/HomePage';
import { projectRoutes } from '../features/projects/routes';
import { recordsRoutes } from '../features/records/routes';
import { reportRoutes } from '../features/reports/routes';
import { settingsRoutes } from '../features/settings/routes';
import { syncRoutes } from '../features/sync/routes';
import { teamRoutes } from '../features/teams/routes';
import { volunteerRoutes } from '../features/volunteers/routes';

/** Each feature declares its own routes (features/<name>/routes.tsx); this only collects them. */
export const APP_ROUTES: RouteObject[] = [
  { path: '/', element: <HomePage /> },
  ...activityRoutes,
  ...volunteerRoutes,
  ...teamRoutes,
  ...projectRoutes,
  ...reportRoutes,
  ...recordsRoutes,
  ...certificateRoutes,
  ...syncRoutes,
  ...settingsRoutes,
];
