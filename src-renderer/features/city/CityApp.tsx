import { LogoutOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Layout, Spin, Tabs, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalDb } from '../../data/local/localDb';
import type { DesktopApi } from '../../platform/api';
import { AppFrame } from '../../app/AppFrame';
import { type CityConnection, connectCity } from './cityConnection';
import { type CityDashboard, leaveCityDashboard } from './cityMode';
import { FiguresTab } from './FiguresTab';
import { HealthTab } from './HealthTab';

interface CityAppProps {
  platform: DesktopApi;
  local: LocalDb;
  dashboard: CityDashboard;
}

/**
 * The city's or a county's dashboard: what this PC shows instead of a station's ledger once a city set-up
 * file was imported on the first-run page. Online and read-only: every figure is read from the roll-up
 * each time, nothing is stored here but the connection.
 */
export function CityApp(props: CityAppProps) {
  return (
    <AppFrame>
      <CityScreen {...props} />
    </AppFrame>
  );
}

function CityScreen({ platform, local, dashboard }: CityAppProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [connection, setConnection] = useState<CityConnection | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    platform.loadCredentials().then(
      (credentials) => live && setConnection(credentials === null ? null : connectCity(credentials)),
      () => live && setConnection(null),
    );
    return () => {
      live = false;
    };
  }, [platform]);

  const place = dashboard.scope.role === 'county' ? dashboard.scope.county : dashboard.city;
  const title =
    dashboard.scope.role === 'county'
      ? t('city.header.countyTitle', { county: dashboard.scope.county })
      : dashboard.city === ''
        ? t('city.header.cityTitleNoName')
        : t('city.header.cityTitle', { city: dashboard.city });

  function leave() {
    modal.confirm({
      title: t('city.header.leaveTitle'),
      content: t('city.header.leaveText'),
      okText: t('city.header.leaveOk'),
      onOk: async () => {
        await leaveCityDashboard(local, platform);
        window.location.reload();
      },
    });
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: '#c8161d', paddingInline: 16 }}>
        <Flex justify="space-between" align="center" style={{ height: '100%' }} gap={8}>
          <Typography.Title level={4} style={{ color: '#fff', margin: 0 }} data-testid="city-title">
            {title}
          </Typography.Title>
          <Flex gap={8} align="center">
            <Tag color="gold" data-testid="city-read-only">{t('city.header.readOnly')}</Tag>
            <Button icon={<LogoutOutlined />} onClick={leave} data-testid="city-leave">
              {t('city.header.leave')}
            </Button>
          </Flex>
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 16 }} data-testid="page-city">
        {connection === undefined ? <Spin /> : null}
        {connection === null ? <Alert type="error" showIcon title={t('sync.errors.credentialsUnreadable')} /> : null}
        {connection ? (
          <Tabs
            items={[
              { key: 'figures', label: t('city.tabs.figures'), children: <FiguresTab connection={connection} platform={platform} place={place} /> },
              { key: 'health', label: <span data-testid="city-tab-health">{t('city.tabs.health')}</span>, children: <HealthTab connection={connection} /> },
            ]}
          />
        ) : null}
      </Layout.Content>
    </Layout>
  );
}
