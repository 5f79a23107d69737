import type { RouteObject } from 'react-router';
import { CertificatePrintPage } from './CertificatePrintPage';
import { CertificateRegisterPage } from './CertificateRegisterPage';
import { IssueCertificatePage } from './IssueCertificatePage';

export const certificateRoutes: RouteObject[] = [
  { path: '/certificates', element: <CertificateRegisterPage /> },
  { path: '/certificates/new', element: <IssueCertificatePage /> },
  { path: '/certificates/:id', element: <CertificatePrintPage /> },
];
