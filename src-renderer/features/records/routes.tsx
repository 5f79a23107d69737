import type { RouteObject } from 'react-router';
import { RecordsPage } from './RecordsPage';

export const recordsRoutes: RouteObject[] = [{ path: '/records', element: <RecordsPage /> }];
