import type { RouteObject } from 'react-router';
import { TeamDetailPage } from './TeamDetailPage';
import { TeamFormPage } from './TeamFormPage';
import { TeamListPage } from './TeamListPage';

export const teamRoutes: RouteObject[] = [
  { path: '/teams', element: <TeamListPage /> },
  { path: '/teams/new', element: <TeamFormPage /> },
  { path: '/teams/:id', element: <TeamDetailPage /> },
  { path: '/teams/:id/edit', element: <TeamFormPage /> },
];
