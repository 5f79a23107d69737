import { Card, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivityDoc } from '../../domain/entities/activity';
import { useCatalog } from '../../ui/useCatalog';
import { formatHours, hoursInActivity } from './serviceHours';

const PAGE_SIZE = 10;

export function VolunteerActivitiesCard({ volunteerId, activities }: { volunteerId: string; activities: ActivityDoc[] | undefined }) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const columns: TableColumnsType<ActivityDoc> = [
    { key: 'date', title: t('volunteers.detail.activityDate'), dataIndex: 'date', width: 110 },
    { key: 'title', title: t('volunteers.detail.activityTitle'), dataIndex: 'title', ellipsis: true },
    { key: 'field', title: t('volunteers.detail.activityField'), width: 120, render: (_, a) => catalog.fields.label(a.field) },
    {
      key: 'hours',
      title: t('volunteers.detail.activityHours'),
      width: 140,
      align: 'right',
      render: (_, a) => formatHours(hoursInActivity(a, volunteerId)),
    },
  ];
  const list = activities ?? [];
  return (
    <Card title={t('volunteers.detail.activities')} size="small">
      <Table<ActivityDoc>
        size="small"
        rowKey="id"
        loading={activities === undefined}
        columns={columns}
        dataSource={list}
        pagination={list.length > PAGE_SIZE ? { pageSize: PAGE_SIZE, showSizeChanger: false } : false}
        locale={{ emptyText: t('volunteers.detail.noActivities') }}
        data-testid="volunteer-activities"
      />
    </Card>
  );
}
