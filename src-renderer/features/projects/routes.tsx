import type { RouteObject } from 'react-router';

export const projectRoutes: RouteObject[] = [];
