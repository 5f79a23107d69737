import type { RouteObject } from 'react-router';
import { activityRoutes } from '../features/activities/routes';
import { HomePage } from '../features/home/HomePage';
import { projectRoutes } from '../features/projects/routes';
import { settingsRoutes } from '../features/settings/routes';
import { teamRoutes } from '../features/teams/routes';
import { volunteerRoutes } from '../features/volunteers/routes';

/** Each feature declares its own routes (features/<name>/routes.tsx); this only collects them. */
export const APP_ROUTES: RouteObject[] = [
  { path: '/', element: <HomePage /> },
  ...activityRoutes,
  ...volunteerRoutes,
  ...teamRoutes,
  ...projectRoutes,
  ...settingsRoutes,
];
