import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesktopApi } from '../../platform/api';
import { TechnicalDetail } from '../../ui/TechnicalDetail';
import type { CityConnection } from './cityConnection';
import { CountyTable } from './CountyTable';
import type { FigureKey } from './dashboardFigures';
import { ExportButtons } from './ExportButtons';
import { FigureCards } from './FigureCards';
import { FigureCharts } from './FigureCharts';
import { StationsBehind } from './StationsBehind';
import { useCityYear } from './useCityYear';

/** Years offered: this one and the five before (the roll-up keeps every year; older ones are rarely asked for). */
const YEARS_BACK = 6;

interface FiguresTabProps {
  connection: CityConnection;
  platform: Pick<DesktopApi, 'saveFile'>;
  /** The city's or county's name, for the summary's title. */
  place: string;
}

export function FiguresTab({ connection, platform, place }: FiguresTabProps) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [round, setRound] = useState(0);
  const [picked, setPicked] = useState<FigureKey | null>(null);
  const state = useCityYear(connection, year, round);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex gap={8} wrap align="center">
        <Typography.Text>{t('city.figures.year')}</Typography.Text>
        <Select
          value={year}
          onChange={setYear}
          style={{ width: 120 }}
          data-testid="city-year"
          options={Array.from({ length: YEARS_BACK }, (_, i) => ({ value: thisYear - i, label: t('city.figures.yearOption', { year: thisYear - i }) }))}
        />
        <Button icon={<ReloadOutlined />} onClick={() => setRound((r) => r + 1)} data-testid="city-refresh">
          {t('city.figures.refresh')}
        </Button>
        {state.kind === 'ready' ? <ExportButtons platform={platform} report={state.value.report} lastYear={state.value.lastYear} place={place} /> : null}
      </Flex>
      {state.kind === 'loading' ? (
        <Flex gap={12} align="center" role="status" data-testid="city-loading">
          <Spin size="small" />
          <Typography.Text>{t('city.figures.loading', { year })}</Typography.Text>
        </Flex>
      ) : null}
      {state.kind === 'failed' ? (
        <Alert type="error" showIcon title={t('city.figures.failed', { message: t(state.messageKey) })} description={<TechnicalDetail text={state.detail} />} data-testid="city-failed" />
      ) : null}
      {state.kind === 'ready' ? (
        <>
          {state.value.stations.length === 0 ? <Alert type="info" showIcon title={t('city.figures.noStations')} data-testid="city-no-stations" /> : null}
          <Typography.Text type="secondary">{t('city.figures.clickHint')}</Typography.Text>
          <FigureCards report={state.value.report} lastYear={state.value.lastYear} onPick={setPicked} />
          <FigureCharts report={state.value.report} lastYear={state.value.lastYear} />
          <Card size="small" title={t('city.figures.table.title')}>
            <CountyTable report={state.value.report} lastYear={state.value.lastYear} />
          </Card>
          <StationsBehind figure={picked} report={state.value.report} lastYear={state.value.lastYear} onClose={() => setPicked(null)} />
        </>
      ) : null}
    </Space>
  );
}
