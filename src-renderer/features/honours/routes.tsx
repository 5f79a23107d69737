import type { RouteObject } from 'react-router';
import { HonourFormPage } from './HonourFormPage';
import { HonourListPage } from './HonourListPage';
import { HonourLedgerPage } from './print/HonourLedgerPage';

export const honourRoutes: RouteObject[] = [
  { path: '/honours', element: <HonourListPage /> },
  { path: '/honours/new', element: <HonourFormPage /> },
  { path: '/honours/ledger', element: <HonourLedgerPage /> },
  { path: '/honours/:id/edit', element: <HonourFormPage /> },
];
