import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useLedger } from '../../../app/LedgerContext';
import { todayIso } from '../../../domain/dates';
import { buildHonourLedger } from '../../../domain/honours/honourLedger';
import { PageHeader } from '../../../ui/PageHeader';
import { PrintButton } from '../../../ui/print/PrintButton';
import { PrintScreen } from '../../../ui/print/PrintSheet';
import { useObservable } from '../../../ui/useObservable';
import { useStationProfile } from '../../reports/useStationProfile';
import { honourRows, honourYears } from '../honourRows';
import { HONOURS_PATH } from '../paths';
import { useLinkNames } from '../useLinkNames';
import { HonourLedgerSheet } from './HonourLedgerSheet';

const YEAR_PARAM = 'year';

/** The year asked for in the address (?year=2024), or this year. */
function yearFrom(search: URLSearchParams, thisYear: number): number {
  const asked = Number(search.get(YEAR_PARAM));
  return Number.isInteger(asked) && asked >= 1000 && asked <= 9999 ? asked : thisYear;
}

/** /honours/ledger (?year=2024): one year's 表彰荣誉台账, printed landscape. */
export function HonourLedgerPage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const station = useStationProfile();
  const names = useLinkNames();
  const [thisYear] = useState(() => Number(todayIso().slice(0, 4)));
  const [searchParams, setSearchParams] = useSearchParams();
  const year = yearFrom(searchParams, thisYear);
  const honours = useObservable(useMemo(() => ledger.honours.all$(), [ledger]));
  const rows = useMemo(() => (honours && names ? honourRows(honours, names) : undefined), [honours, names]);
  const sheet = useMemo(() => (rows ? buildHonourLedger(rows, year) : undefined), [rows, year]);
  // The years with honours, and this year and the one asked for even without any.
  const years = [...new Set([thisYear, year, ...honourYears(rows ?? [])])].sort((a, b) => b - a);

  const toolbar = (
    <>
      <PageHeader
        testId="page-honour-ledger"
        title={
          <Flex gap={8} align="center">
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => void navigate(HONOURS_PATH)} aria-label={t('honours.form.backToList')} />
            <span>{t('honours.ledger.pageTitle')}</span>
          </Flex>
        }
      />
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <Select
          value={year}
          options={years.map((y) => ({ value: y, label: t('honours.list.yearOption', { year: y }) }))}
          onChange={(y: number) => setSearchParams({ [YEAR_PARAM]: String(y) }, { replace: true })}
          style={{ width: 130 }}
          aria-label={t('honours.fields.year')}
          data-testid="honour-ledger-year"
        />
        <PrintButton
          landscape
          disabled={!sheet || !station}
          suggestedName={t('honours.ledger.fileName', { station: station?.name ?? '', year })}
        />
      </Flex>
    </>
  );

  return (
    <PrintScreen toolbar={toolbar}>
      {sheet && station ? <HonourLedgerSheet ledger={sheet} stationName={station.name} year={year} /> : <Spin style={{ display: 'block', marginTop: 80 }} />}
    </PrintScreen>
  );
}
