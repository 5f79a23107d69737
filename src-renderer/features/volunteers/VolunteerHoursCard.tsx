import { Card, Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatHours, type VolunteerHours, type YearHours } from './serviceHours';

export function VolunteerHoursCard({ hours, loading }: { hours: VolunteerHours; loading: boolean }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<YearHours> = [
    { key: 'year', title: t('volunteers.detail.year'), dataIndex: 'year' },
    { key: 'sessions', title: t('volunteers.detail.sessions'), dataIndex: 'sessions', align: 'right' },
    { key: 'hours', title: t('volunteers.detail.hoursColumn'), align: 'right', render: (_, row) => formatHours(row.hours) },
  ];
  return (
    <Card title={t('volunteers.detail.hours')} size="small">
      <Flex align="baseline" gap={6} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('volunteers.detail.totalHours')}</Typography.Text>
        <Typography.Text strong style={{ fontSize: 24 }} data-testid="volunteer-hours-total">
          {formatHours(hours.hours)}
        </Typography.Text>
        <Typography.Text>{t('common.hoursUnit')}</Typography.Text>
      </Flex>
      <Table<YearHours>
        size="small"
        rowKey="year"
        loading={loading}
        columns={columns}
        dataSource={hours.years}
        pagination={false}
        data-testid="volunteer-hours-by-year"
        locale={{ emptyText: t('volunteers.detail.noHours') }}
        summary={() =>
          hours.years.length > 1 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('volunteers.detail.total')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {hours.sessions}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {formatHours(hours.hours)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </Card>
  );
}
