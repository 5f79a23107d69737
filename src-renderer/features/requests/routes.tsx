import type { RouteObject } from 'react-router';
import { RequestDetailPage } from './RequestDetailPage';
import { RequestFormPage } from './RequestFormPage';
import { RequestListPage } from './RequestListPage';
import { RequestLedgerPage } from './print/RequestLedgerPage';

export const requestRoutes: RouteObject[] = [
  { path: '/requests', element: <RequestListPage /> },
  { path: '/requests/new', element: <RequestFormPage /> },
  { path: '/requests/ledger', element: <RequestLedgerPage /> },
  { path: '/requests/:id', element: <RequestDetailPage /> },
  { path: '/requests/:id/edit', element: <RequestFormPage /> },
];
