import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { YearReport } from '../../domain/cityReport/yearReport';
import { formatHours } from '../../domain/cityReport/yearReport';
import { FIGURES, type FigureKey, totalValue } from './dashboardFigures';

function shown(key: FigureKey, value: number): string {
  return key === 'hours' ? formatHours(value) : String(value);
}

/** The year's headline figures, last year under each; a click opens the stations behind the figure. */
export function FigureCards({ report, lastYear, onPick }: { report: YearReport; lastYear: YearReport; onPick: (key: FigureKey) => void }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[12, 12]} data-testid="city-figures">
      {FIGURES.map((key) => (
        <Col key={key} xs={12} md={8} xl={6} xxl={4}>
          <Card size="small" hoverable onClick={() => onPick(key)} data-testid={`city-figure-${key}`} style={{ height: '100%' }}>
            <Statistic title={t(`city.figures.cards.${key}`)} value={shown(key, totalValue(key, report))} valueStyle={{ color: '#c8161d' }} />
            <Typography.Text type="secondary" data-testid={`city-figure-${key}-last`}>
              {t('city.figures.lastYear', { value: shown(key, totalValue(key, lastYear)) })}
            </Typography.Text>
            {key === 'stations' ? <div><Typography.Text type="secondary">{t('city.figures.cards.demonstration', { count: report.total.demonstrationStations })}</Typography.Text></div> : null}
            {key === 'people' || key === 'active' ? <div><Typography.Text type="secondary">{t('city.figures.cards.peopleNote')}</Typography.Text></div> : null}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
