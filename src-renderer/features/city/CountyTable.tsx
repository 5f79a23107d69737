import { Table, Tag } from 'antd';
import { type HTMLAttributes, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatHours, type YearReport } from '../../domain/cityReport/yearReport';
import { countyTable, TABLE_FIGURES, type TableRow } from './dashboardFigures';

const COLUMN_TITLES: Record<(typeof TABLE_FIGURES)[number], string> = {
  sessions: 'city.figures.table.sessions',
  hours: 'city.figures.table.hours',
  served: 'city.figures.table.served',
  people: 'city.figures.table.volunteers',
  active: 'city.figures.table.active',
  teams: 'city.figures.table.teams',
  projects: 'city.figures.table.projects',
  certificates: 'city.figures.table.certificates',
};

/** Counties, each opening to its stations, with the year's figures and last year's sessions. */
export function CountyTable({ report, lastYear }: { report: YearReport; lastYear: YearReport }) {
  const { t } = useTranslation();
  const rows = useMemo(() => countyTable(report, lastYear), [report, lastYear]);
  return (
    <Table<TableRow>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      data-testid="city-county-table"
      onRow={(row) => ({ 'data-testid': row.code === '' ? `city-county-${row.name}` : `city-station-${row.code}` }) as HTMLAttributes<HTMLElement>}
      columns={[
        {
          key: 'name',
          title: t('city.figures.table.name'),
          fixed: 'left',
          render: (_, row) =>
            row.code === '' ? (
              <>
                {row.name} <Tag>{t('city.figures.table.stations', { count: row.stations })}</Tag>
              </>
            ) : (
              <>
                {row.name}（{row.code}）{row.demonstration ? <Tag color="red">{t('city.figures.table.demonstration')}</Tag> : null}
              </>
            ),
        },
        ...TABLE_FIGURES.map((key) => ({
          key,
          title: t(COLUMN_TITLES[key]),
          align: 'right' as const,
          render: (_: unknown, row: TableRow) => <span data-testid={`cell-${key}`}>{key === 'hours' ? formatHours(row[key]) : row[key]}</span>,
        })),
        { key: 'lastSessions', title: t('city.figures.table.lastSessions'), align: 'right', dataIndex: 'lastSessions' },
      ]}
    />
  );
}
