import { Table, Tag, type TableColumnsType } from 'antd';
import { memo, useMemo, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../volunteers/serviceHours';
import type { DeskPerson } from './deskPeople';

const ROW_ATTRIBUTES = { 'data-testid': 'desk-row' } as HTMLAttributes<HTMLElement>;

/** The shift's people at the desk with their state and credited hours; its columns are built once. */
export const DeskTable = memo(function DeskTable({ people }: { people: DeskPerson[] }) {
  const { t } = useTranslation();
  const columns = useMemo(
    (): TableColumnsType<DeskPerson> => [
      { title: t('duty.shift.columns.name'), dataIndex: 'name', width: 140, render: (name: string) => <span data-testid="desk-name">{name}</span> },
      {
        title: t('duty.post.columns.status'),
        dataIndex: 'state',
        width: 100,
        render: (state: DeskPerson['state']) => (
          <Tag color={state === 'in' ? 'green' : state === 'out' ? 'blue' : 'default'} data-testid={`desk-state-${state}`}>
            {t(`duty.signIn.state.${state}`)}
          </Tag>
        ),
      },
      { title: t('duty.shift.columns.signIn'), dataIndex: 'signIn', width: 100 },
      { title: t('duty.shift.columns.signOut'), dataIndex: 'signOut', width: 100 },
      {
        title: t('duty.shift.columns.hours'),
        dataIndex: 'hours',
        align: 'right',
        render: (h: number | null) => <span data-testid="desk-hours">{h === null ? '' : formatHours(h)}</span>,
      },
    ],
    [t],
  );
  return <Table<DeskPerson> rowKey="volunteerId" size="small" columns={columns} dataSource={people} pagination={false} onRow={() => ROW_ATTRIBUTES} />;
});
