import { Layout, Menu, Spin, Typography } from 'antd';
import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { StationDoc } from '../domain/entities/station';
import { SyncIndicator } from '../features/sync/SyncIndicator';
import { UpdateNotice } from '../features/updates/UpdatePanel';
import { AppRoutes } from './AppRoutes';
import { activeNavPath, NAV_ITEMS } from './navigation';

export function AppLayout({ profile }: { profile: StationDoc }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const menuItems = useMemo(() => NAV_ITEMS.map((item) => ({ key: item.path, icon: item.icon, label: t(item.labelKey) })), [t]);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={184} theme="light" breakpoint="lg" collapsedWidth={56}>
        <div style={{ padding: '16px 12px', fontWeight: 600, color: '#c8161d' }}>{t('common.appName')}</div>
        <Menu
          mode="inline"
          selectedKeys={[activeNavPath(location.pathname)]}
          items={menuItems}
          onClick={({ key }) => void navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', padding: '0 24px', display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}
        >
          <Typography.Text strong data-testid="station-name">
            {profile.name}
          </Typography.Text>
          <Typography.Text type="secondary">
            {[profile.county, profile.institute].filter(Boolean).join(' · ')}
          </Typography.Text>
          <UpdateNotice />
          <SyncIndicator />
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Suspense fallback={<Spin />}>
            <AppRoutes />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
