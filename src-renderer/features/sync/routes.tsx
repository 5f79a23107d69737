import type { RouteObject } from 'react-router';
import { ConflictReviewPage } from './ConflictReviewPage';
import { ConflictsPage } from './ConflictsPage';
import { SyncPage } from './SyncPage';

export const syncRoutes: RouteObject[] = [
  { path: '/sync', element: <SyncPage /> },
  { path: '/sync/conflicts', element: <ConflictsPage /> },
  { path: '/sync/conflicts/:id', element: <ConflictReviewPage /> },
];
