import type { RouteObject } from 'react-router';
import { BackupPage } from './BackupPage';

export const backupRoutes: RouteObject[] = [{ path: '/backup', element: <BackupPage /> }];
