import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { YearReport } from '../../domain/cityReport/yearReport';
import { formatHours } from '../../domain/cityReport/yearReport';
import { satisfactionText } from '../../domain/cityReport/serviceLines';
import { FIGURES, type FigureKey, inHours, totalValue } from './dashboardFigures';

function shown(key: FigureKey, value: number): string {
  return inHours(key) ? formatHours(value) : String(value);
}

/** The line under a card that says what its one number does not. */
function CardNote({ figure, report }: { figure: FigureKey; report: YearReport }) {
  const { t } = useTranslation();
  const total = report.total;
  const note =
    figure === 'stations'
      ? t('city.figures.cards.demonstration', { count: total.demonstrationStations })
      : figure === 'people' || figure === 'active'
        ? t('city.figures.cards.peopleNote')
        : figure === 'requests'
          ? t('city.figures.cards.requestsNote', { done: total.requests.done, rate: satisfactionText(total.requests) ?? t('city.figures.cards.notRated') })
          : figure === 'dutyHours'
            ? t('city.figures.cards.dutyNote', { shifts: total.duty.shifts, posts: total.duty.posts })
            : null;
  return note === null ? null : (
    <div>
      <Typography.Text type="secondary" data-testid={`city-figure-${figure}-note`}>
        {note}
      </Typography.Text>
    </div>
  );
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
            <CardNote figure={key} report={report} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
