import type { RouteObject } from 'react-router';
import { ActivityRecordPage } from './ActivityRecordPage';
import { LedgerPage } from './LedgerPage';
import { ACTIVITY_RECORD_PATH, REPORT_PATHS } from './paths';
import { ReportPage } from './ReportPage';
import { SignInPage } from './SignInPage';

export const reportRoutes: RouteObject[] = [
  { path: REPORT_PATHS.report, element: <ReportPage /> },
  { path: REPORT_PATHS.ledger, element: <LedgerPage /> },
  { path: REPORT_PATHS.signIn, element: <SignInPage /> },
  { path: `${ACTIVITY_RECORD_PATH}/:id`, element: <ActivityRecordPage /> },
];
