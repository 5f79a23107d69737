import { Card, Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatHours, type VolunteerHoursWithDuty, type YearHoursWithDuty } from './serviceHours';

export function VolunteerHoursCard({ hours, loading }: { hours: VolunteerHoursWithDuty; loading: boolean }) {
  const { t } = useTranslation();
  // The duty column shows only for someone who stood duty; their total then includes it.
  const onDuty = hours.dutyShifts > 0;
  const columns: TableColumnsType<YearHoursWithDuty> = [
    { key: 'year', title: t('volunteers.detail.year'), dataIndex: 'year' },
    { key: 'sessions', title: t('volunteers.detail.sessions'), dataIndex: 'sessions', align: 'right' },
    ...(onDuty
      ? [{ key: 'duty', title: t('duty.hours.dutyColumn'), align: 'right' as const, render: (_: unknown, row: YearHoursWithDuty) => formatHours(row.dutyHours) }]
      : []),
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
        {onDuty ? (
          <Typography.Text type="secondary" data-testid="volunteer-duty-hours">
            {t('duty.hours.dutyLine', { hours: formatHours(hours.dutyHours), shifts: hours.dutyShifts })}
          </Typography.Text>
        ) : null}
      </Flex>
      <Table<YearHoursWithDuty>
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
              {onDuty ? (
                <Table.Summary.Cell index={2} align="right">
                  {formatHours(hours.dutyHours)}
                </Table.Summary.Cell>
              ) : null}
              <Table.Summary.Cell index={onDuty ? 3 : 2} align="right">
                {formatHours(hours.hours)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </Card>
  );
}
