import { Alert, Button, Flex, Segmented, Spin } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { formatPeriod, parsePeriod, type ReportPeriod } from '../../domain/reports/period';
import { PageHeader } from '../../ui/PageHeader';
import { PrintButton } from '../../ui/print/PrintButton';
import { PrintScreen } from '../../ui/print/PrintSheet';
import { PeriodInput } from '../../ui/typedInputs/PeriodInput';
import { periodLabel } from './format';
import { periodFromSearch, periodToSearch, switchPeriodKind } from './reportSearch';
import { ReportsNav } from './ReportsNav';
import { StationReportSheet } from './StationReportSheet';
import { useStationProfile } from './useStationProfile';
import { useStationReport } from './useStationReport';

/** /reports: the station's monthly or yearly report with charts, ready to print. */
export function ReportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const period = useMemo(() => periodFromSearch(new URLSearchParams(search)), [search]);
  const { loaded, loading } = useStationReport(period);
  const station = useStationProfile();
  // Made again only when the period changes, so the report arriving re-renders neither the header nor
  // the pickers (antd's DatePicker costs more to render than the report's own tables).
  const header = useMemo(
    () => (
      <>
        <ReportsNav />
        <PageHeader title={t('reports.report.pageTitle')} testId="page-reports" />
      </>
    ),
    [t],
  );
  const pickers = useMemo(() => {
    const setPeriod = (next: ReportPeriod) => setSearchParams(periodToSearch(next), { replace: true });
    return (
      <>
        <Segmented<ReportPeriod['kind']>
          value={period.kind}
          data-testid="report-kind"
          onChange={(kind) => setPeriod(switchPeriodKind(period, kind))}
          options={[
            { value: 'month', label: t('reports.period.month') },
            { value: 'year', label: t('reports.period.year') },
          ]}
        />
        <PeriodInput
          kind={period.kind}
          value={formatPeriod(period)}
          data-testid="report-period-picker"
          placeholder={period.kind === 'year' ? t('reports.period.pickYear') : t('reports.period.pickMonth')}
          onChange={(value) => {
            const next = parsePeriod(value);
            if (next) setPeriod(next);
          }}
        />
      </>
    );
  }, [period, setSearchParams, t]);

  const toolbar = (
    <>
      {header}
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        {pickers}
        <PrintButton
          disabled={loading || !loaded || !station}
          suggestedName={t('reports.report.fileName', { station: station?.name ?? '', period: periodLabel(period, t) })}
        />
        {loading && loaded ? <Spin size="small" data-testid="report-loading" /> : null}
      </Flex>
      {!loading && loaded && loaded.report.totals.sessions === 0 ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('reports.report.noActivities')}
          action={<Button onClick={() => void navigate('/activities/new')}>{t('reports.report.logActivity')}</Button>}
        />
      ) : null}
    </>
  );

  return (
    <PrintScreen toolbar={toolbar}>
      {loaded && station ? <StationReportSheet loaded={loaded} station={station} /> : <Spin style={{ display: 'block', marginTop: 80 }} />}
    </PrintScreen>
  );
}
