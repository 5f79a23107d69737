import type { RouteObject } from 'react-router';
import { HonourFormPage } from './HonourFormPage';
import { HonourListPage } from './HonourListPage';

export const honourRoutes: RouteObject[] = [
  { path: '/honours', element: <HonourListPage /> },
  { path: '/honours/new', element: <HonourFormPage /> },
  { path: '/honours/:id/edit', element: <HonourFormPage /> },
];
