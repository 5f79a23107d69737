import type { RouteObject } from 'react-router';

export const syncRoutes: RouteObject[] = [];
