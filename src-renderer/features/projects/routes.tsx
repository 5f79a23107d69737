import type { RouteObject } from 'react-router';
import { ProjectFormPage } from './ProjectFormPage';
import { ProjectListPage } from './ProjectListPage';

export const projectRoutes: RouteObject[] = [
  { path: '/projects', element: <ProjectListPage /> },
  { path: '/projects/new', element: <ProjectFormPage /> },
  { path: '/projects/:id/edit', element: <ProjectFormPage /> },
];
