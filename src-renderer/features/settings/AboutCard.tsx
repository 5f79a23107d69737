import { Card, Descriptions, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { from } from 'rxjs';
import { useServices } from '../../app/LedgerContext';
import { useObservable } from '../../ui/useObservable';
import { UpdatePanel } from '../updates/UpdatePanel';

/** What support asks for first: the version, where it runs, and which PC made a change (updatedBy). */
export function AboutCard() {
  const { t } = useTranslation();
  const { ledger, platform } = useServices();
  const info = useObservable(useMemo(() => from(platform.getAppInfo()), [platform]));
  return (
    <Card size="small" title={t('settings.about.title')} style={{ height: '100%' }}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'version', label: t('settings.about.version'), children: <span data-testid="app-version">{info?.version ?? '…'}</span> },
          { key: 'shell', label: t('settings.about.shell'), children: info ? t(`settings.about.shells.${info.shell}`) : '…' },
          {
            key: 'device',
            label: t('settings.about.deviceId'),
            children: (
              <Typography.Text copyable style={{ fontSize: 12 }} data-testid="device-id">
                {ledger.ctx.deviceId}
              </Typography.Text>
            ),
          },
        ]}
      />
      <div style={{ marginTop: 12 }}>
        <Typography.Text strong>{t('updates.title')}</Typography.Text>
        <div style={{ marginTop: 4 }}>
          <UpdatePanel />
        </div>
      </div>
    </Card>
  );
}
