import type { RouteObject } from 'react-router';

export const recordsRoutes: RouteObject[] = [];
