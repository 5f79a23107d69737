import type { RouteObject } from 'react-router';

export const certificateRoutes: RouteObject[] = [];
