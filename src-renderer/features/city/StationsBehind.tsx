import { Drawer, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatHours, type YearReport } from '../../domain/cityReport/yearReport';
import { type BehindRow, type FigureKey, inHours, stationsBehind } from './dashboardFigures';

interface StationsBehindProps {
  figure: FigureKey | null;
  report: YearReport;
  lastYear: YearReport;
  onClose: () => void;
}

/** The stations a figure is made of, this year and last, largest first. */
export function StationsBehind({ figure, report, lastYear, onClose }: StationsBehindProps) {
  const { t } = useTranslation();
  const rows = figure === null ? [] : stationsBehind(figure, report, lastYear);
  const number = (value: number) => (figure !== null && inHours(figure) ? formatHours(value) : String(value));
  return (
    <Drawer
      open={figure !== null}
      onClose={onClose}
      size="large"
      title={figure === null ? '' : t('city.figures.behind.title', { figure: t(`city.figures.cards.${figure}`), year: report.year })}
      data-testid="city-behind"
    >
      {figure === 'people' || figure === 'active' ? <Typography.Paragraph type="secondary">{t('city.figures.behind.peopleNote')}</Typography.Paragraph> : null}
      <Table<BehindRow>
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('city.figures.behind.none') }}
        columns={[
          { key: 'name', title: t('city.figures.behind.station'), render: (_, row) => `${row.name}（${row.code}）` },
          { key: 'county', title: t('city.figures.behind.county'), dataIndex: 'county' },
          { key: 'value', title: t('city.figures.behind.value', { year: report.year }), align: 'right', render: (_, row) => number(row.value) },
          { key: 'last', title: t('city.figures.behind.lastYear', { year: lastYear.year }), align: 'right', render: (_, row) => number(row.lastYear) },
        ]}
      />
    </Drawer>
  );
}
