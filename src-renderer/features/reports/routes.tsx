import type { RouteObject } from 'react-router';
import { LedgerPage } from './LedgerPage';
import { ReportPage } from './ReportPage';
import { SignInPage } from './SignInPage';

export const reportRoutes: RouteObject[] = [
  { path: '/reports', element: <ReportPage /> },
  { path: '/reports/ledger', element: <LedgerPage /> },
  { path: '/reports/sign-in', element: <SignInPage /> },
];
