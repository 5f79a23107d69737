import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Spin } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLedger } from '../../../app/LedgerContext';
import { buildRequestLedger } from '../../../domain/requests/requestLedger';
import { PageHeader } from '../../../ui/PageHeader';
import { PeriodPrintBar } from '../../../ui/print/PeriodPrintBar';
import { PrintScreen } from '../../../ui/print/PrintSheet';
import { usePeriodSearch } from '../../../ui/print/usePeriodSearch';
import { useObservable } from '../../../ui/useObservable';
import { useServiceFields } from '../../../ui/useServiceFields';
import { useStationProfile } from '../../reports/useStationProfile';
import { REQUESTS_PATH } from '../paths';
import { useActivityTitles } from '../useActivityTitles';
import { useNameLookup } from '../useNameLookup';
import { RequestLedgerSheet } from './RequestLedgerSheet';

/** /requests/ledger (?from=…&to=…): the 群众点单台账 of the requests received in a period, printed landscape. */
export function RequestLedgerPage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const { period, setPeriod, today } = usePeriodSearch();
  const station = useStationProfile();
  const names = useNameLookup();
  const fields = useServiceFields();
  const requests = useObservable(useMemo(() => ledger.requests.list$(), [ledger]));
  const sheet = useMemo(() => (requests ? buildRequestLedger(requests, period, today) : undefined), [requests, period, today]);
  const activityTitle = useActivityTitles(sheet?.rows.map((r) => r.request.activityId) ?? []);

  const toolbar = (
    <>
      <PageHeader
        testId="page-request-ledger"
        title={
          <Flex gap={8} align="center">
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => void navigate(REQUESTS_PATH)} aria-label={t('requests.form.backToList')} />
            <span>{t('requests.ledger.pageTitle')}</span>
          </Flex>
        }
      />
      <PeriodPrintBar
        period={period}
        today={today}
        onPeriod={setPeriod}
        ready={Boolean(sheet && names && station)}
        landscape
        suggestedName={t('requests.ledger.fileName', { station: station?.name ?? '', from: period.from, to: period.to })}
        testId="request-ledger-range"
      />
    </>
  );

  return (
    <PrintScreen toolbar={toolbar}>
      {sheet && names && station ? (
        <RequestLedgerSheet ledger={sheet} stationName={station.name} period={period} names={names} fieldLabel={fields.label} activityTitle={activityTitle} />
      ) : (
        <Spin style={{ display: 'block', marginTop: 80 }} />
      )}
    </PrintScreen>
  );
}
