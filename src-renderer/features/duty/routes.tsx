import type { RouteObject } from 'react-router';
import { DutyPostPage } from './DutyPostPage';
import { DutyPostsPage } from './DutyPostsPage';
import { DutyRosterPage } from './print/DutyRosterPage';
import { ShiftPage } from './ShiftPage';
import { SignInDeskPage } from './SignInDeskPage';

export const dutyRoutes: RouteObject[] = [
  { path: '/duty', element: <DutyPostsPage /> },
  { path: '/duty/sign-in', element: <SignInDeskPage /> },
  { path: '/duty/shift/:id', element: <ShiftPage /> },
  { path: '/duty/:id', element: <DutyPostPage /> },
  { path: '/duty/:id/roster', element: <DutyRosterPage /> },
];
