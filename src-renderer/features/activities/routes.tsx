import type { RouteObject } from 'react-router';

export const activityRoutes: RouteObject[] = [];
