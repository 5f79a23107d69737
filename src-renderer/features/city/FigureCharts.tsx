import { Card, Col, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { draftSummary } from '../../domain/cityReport/summaryDraft';
import type { YearReport } from '../../domain/cityReport/yearReport';
import { monthBarsOption } from '../../domain/cityReport/monthChart';
import { yearBarsOption } from '../../domain/cityReport/yearBarsChart';
import { EChart } from '../reports/EChart';

/** Sessions by service field (the summary's fields, in its order) and by month, this year beside last. */
export function FigureCharts({ report, lastYear }: { report: YearReport; lastYear: YearReport }) {
  const { t } = useTranslation();
  const options = useMemo(() => {
    const names = { thisYear: t('city.figures.yearOption', { year: report.year }), lastYear: t('city.figures.yearOption', { year: lastYear.year }) };
    const { byField: fields, byMonth } = draftSummary(report, lastYear, '');
    const fieldName = (code: string) => (code === '' ? t('city.figures.otherField') : t(`catalog.fields.${code}`, { defaultValue: code }));
    return {
      fields: yearBarsOption(
        {
          categories: fields.map((f) => fieldName(f.field)),
          thisYear: { name: names.thisYear, values: fields.map((f) => f.sessions) },
          lastYear: { name: names.lastYear, values: fields.map((f) => f.lastYear.sessions) },
        },
        true,
      ),
      // The yearly summary's chart picture is drawn by the same builder from the same rows (summaryChart).
      months: monthBarsOption(byMonth, { ...names, month: (month) => t('city.figures.month', { month }) }),
      fieldCount: fields.length,
    };
  }, [report, lastYear, t]);
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('city.figures.byField')}>
          <EChart option={options.fields} height={Math.max(200, 40 + options.fieldCount * 36)} testId="city-chart-fields" />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('city.figures.byMonth')}>
          <EChart option={options.months} height={280} testId="city-chart-months" />
        </Card>
      </Col>
    </Row>
  );
}
