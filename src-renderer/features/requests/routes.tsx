import type { RouteObject } from 'react-router';
import { RequestDetailPage } from './RequestDetailPage';
import { RequestFormPage } from './RequestFormPage';
import { RequestListPage } from './RequestListPage';

export const requestRoutes: RouteObject[] = [
  { path: '/requests', element: <RequestListPage /> },
  { path: '/requests/new', element: <RequestFormPage /> },
  { path: '/requests/:id', element: <RequestDetailPage /> },
  { path: '/requests/:id/edit', element: <RequestFormPage /> },
];
