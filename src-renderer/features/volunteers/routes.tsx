import type { RouteObject } from 'react-router';

export const volunteerRoutes: RouteObject[] = [];
