import type { RouteObject } from 'react-router';
import { VolunteerDetailPage } from './VolunteerDetailPage';
import { VolunteerCreatePage, VolunteerEditPage } from './VolunteerFormPage';
import { VolunteerListPage } from './VolunteerListPage';

export const volunteerRoutes: RouteObject[] = [
  { path: '/volunteers', element: <VolunteerListPage /> },
  { path: '/volunteers/new', element: <VolunteerCreatePage /> },
  { path: '/volunteers/:id', element: <VolunteerDetailPage /> },
  { path: '/volunteers/:id/edit', element: <VolunteerEditPage /> },
];
