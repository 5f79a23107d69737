import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

export const REPORT_PATHS = { report: '/reports', ledger: '/reports/ledger', signIn: '/reports/sign-in' } as const;

/** Switches between the three printable documents of the reports menu entry. */
export function ReportsNav() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <Segmented
      value={pathname}
      data-testid="reports-nav"
      onChange={(path) => void navigate(path)}
      options={[
        { value: REPORT_PATHS.report, label: t('reports.nav.report') },
        { value: REPORT_PATHS.ledger, label: t('reports.nav.ledger') },
        { value: REPORT_PATHS.signIn, label: t('reports.nav.signIn') },
      ]}
    />
  );
}
