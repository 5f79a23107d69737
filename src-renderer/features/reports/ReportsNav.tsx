import { BarChartOutlined, FormOutlined, TableOutlined } from '@ant-design/icons';
import { Flex, Segmented, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { REPORT_PATHS } from './paths';

function Choice({ icon, label, detail }: { icon: ReactNode; label: string; detail: string }) {
  return (
    <Flex vertical align="center" style={{ padding: '6px 0', lineHeight: 1.4 }}>
      <span style={{ fontSize: 16, fontWeight: 600 }}>
        {icon} {label}
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {detail}
      </Typography.Text>
    </Flex>
  );
}

/**
 * The printed documents an inspection asks for, side by side above each of them: large enough to be seen
 * as the way between them, with a word on what each holds and where one activity's own sheets are.
 */
export function ReportsNav() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t('reports.nav.label')} style={{ marginBottom: 16 }}>
      <Segmented
        block
        size="large"
        value={pathname}
        data-testid="reports-nav"
        onChange={(path) => void navigate(path)}
        options={[
          { value: REPORT_PATHS.report, label: <Choice icon={<BarChartOutlined />} label={t('reports.nav.report')} detail={t('reports.nav.reportDetail')} /> },
          { value: REPORT_PATHS.ledger, label: <Choice icon={<TableOutlined />} label={t('reports.nav.ledger')} detail={t('reports.nav.ledgerDetail')} /> },
          { value: REPORT_PATHS.signIn, label: <Choice icon={<FormOutlined />} label={t('reports.nav.signIn')} detail={t('reports.nav.signInDetail')} /> },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }} data-testid="reports-nav-hint">
        {t('reports.nav.activityHint')} <Link to="/activities">{t('reports.nav.toActivities')}</Link>
      </Typography.Paragraph>
    </nav>
  );
}
