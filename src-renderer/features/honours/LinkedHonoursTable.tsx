import { Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HonourDoc } from '../../records/honour/shape';
import { honourLabel, levelLabel } from './honourText';
import { editHonourPath } from './paths';

type RowAttributes = HTMLAttributes<HTMLElement> & { 'data-testid': string };

/** One record's honours, newest year first, each opening its form; for the volunteer's and the team's pages. */
export function LinkedHonoursTable({ honours, testId }: { honours: HonourDoc[] | undefined; testId: string }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<HonourDoc> = [
    { key: 'year', title: t('honours.fields.year'), dataIndex: 'year', width: 70 },
    {
      key: 'honour',
      title: t('honours.list.honour'),
      render: (_: unknown, honour) => (
        <Link to={editHonourPath(honour.id)} data-testid="linked-honour-label">
          {honourLabel(honour, t)}
        </Link>
      ),
    },
    { key: 'level', title: t('honours.fields.level'), width: 70, render: (_: unknown, honour) => levelLabel(honour, t) },
    { key: 'batch', title: t('honours.fields.batch'), dataIndex: 'batch', width: 90 },
  ];
  return (
    <Table<HonourDoc>
      size="small"
      rowKey="id"
      loading={honours === undefined}
      columns={columns}
      dataSource={honours ?? []}
      pagination={false}
      locale={{ emptyText: t('honours.card.none') }}
      onRow={(): RowAttributes => ({ 'data-testid': 'linked-honour' })}
      data-testid={testId}
    />
  );
}
