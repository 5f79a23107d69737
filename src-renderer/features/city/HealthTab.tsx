import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Space, Spin, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { type HTMLAttributes, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HealthState } from '../../domain/stationHealth';
import { TechnicalDetail } from '../../ui/TechnicalDetail';
import type { CityConnection } from './cityConnection';
import { clockIsOff, healthCounts, type HealthRow, standsOut } from './healthRows';
import { useCityHealth } from './useCityHealth';

const STATE_COLORS: Record<HealthState, string> = { never: 'red', silent30: 'red', failing: 'red', silent7: 'orange', noReport: 'default', ok: 'green' };
const MINUTE_MS = 60 * 1000;

/** Every station's sync, worst first; those silent a week or more, never connected or never successful marked. */
export function HealthTab({ connection }: { connection: CityConnection }) {
  const { t } = useTranslation();
  const [round, setRound] = useState(0);
  const state = useCityHealth(connection, round);
  const none = t('city.health.none');

  if (state.kind === 'loading') {
    return (
      <Flex gap={12} align="center" role="status">
        <Spin size="small" />
        <Typography.Text>{t('city.health.loading')}</Typography.Text>
      </Flex>
    );
  }
  if (state.kind === 'failed') {
    return <Alert type="error" showIcon title={t('city.figures.failed', { message: t(state.messageKey) })} description={<TechnicalDetail text={state.detail} />} />;
  }
  const health = state.value;
  const counts = healthCounts(health.rows);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Flex gap={8} wrap align="center" justify="space-between">
        <Alert
          type={counts.never + counts.silent30 + counts.failing > 0 ? 'warning' : 'info'}
          showIcon
          title={t('city.health.summary', { total: health.rows.length, ...counts })}
          description={t('city.health.asOf', { time: dayjs(health.serverNowMs).format('YYYY-MM-DD HH:mm') })}
          data-testid="city-health-summary"
        />
        <Button icon={<ReloadOutlined />} onClick={() => setRound((r) => r + 1)}>
          {t('city.figures.refresh')}
        </Button>
      </Flex>
      <Table<HealthRow>
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={health.rows}
        scroll={{ x: 'max-content' }}
        data-testid="city-health-table"
        onRow={(row) => ({ 'data-testid': `city-health-${row.code}`, 'data-state': row.state, style: standsOut(row.state) ? { background: row.state === 'silent7' ? '#fff7e6' : '#fff1f0' } : undefined }) as HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'station', title: t('city.health.station'), fixed: 'left', render: (_, row) => `${row.name}（${row.code}）` },
          { key: 'county', title: t('city.health.county'), dataIndex: 'county' },
          { key: 'state', title: t('city.health.state'), render: (_, row) => <Tag color={STATE_COLORS[row.state]} data-testid="health-state">{t(`city.health.states.${row.state}`)}</Tag> },
          {
            key: 'lastSuccess',
            title: t('city.health.lastSuccess'),
            render: (_, row) =>
              row.lastSuccessAt === null ? none : `${dayjs(row.lastSuccessAt).format('YYYY-MM-DD HH:mm')}（${row.silentDays === 0 ? t('city.health.today') : t('city.health.daysAgo', { count: row.silentDays ?? 0 })}）`,
          },
          { key: 'pcs', title: t('city.health.pcs'), align: 'right', dataIndex: 'pcs' },
          { key: 'versions', title: t('city.health.versions'), render: (_, row) => (row.versions.length === 0 ? none : row.versions.join('、')) },
          { key: 'pending', title: t('city.health.pending'), align: 'right', dataIndex: 'pending' },
          { key: 'refused', title: t('city.health.refused'), align: 'right', render: (_, row) => (row.refused > 0 ? <Typography.Text type="danger">{row.refused}</Typography.Text> : 0) },
          { key: 'lastError', title: t('city.health.lastError'), render: (_, row) => (row.lastErrorKey === '' ? none : t(row.lastErrorKey, { defaultValue: row.lastErrorKey })) },
          {
            key: 'clock',
            title: t('city.health.clock'),
            align: 'right',
            render: (_, row) => {
              if (row.clockOffsetMs === null) return none;
              const text = t('city.health.clockMinutes', { minutes: Math.round(row.clockOffsetMs / MINUTE_MS) });
              return clockIsOff(row.clockOffsetMs) ? <Typography.Text type="danger">{text}</Typography.Text> : text;
            },
          },
          { key: 'replication', title: t('city.health.replication'), render: (_, row) => row.replication || none },
        ]}
      />
    </Space>
  );
}
