import type { RouteObject } from 'react-router';
import { ActivityFormPage } from './ActivityFormPage';
import { ActivityListPage } from './ActivityListPage';

export const activityRoutes: RouteObject[] = [
  { path: '/activities', element: <ActivityListPage /> },
  { path: '/activities/new', element: <ActivityFormPage /> },
  { path: '/activities/:id/edit', element: <ActivityFormPage /> },
];
