import { Checkbox, Flex, Select, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useLedger } from '../../app/LedgerContext';
import { todayIso } from '../../domain/dates';
import { buildActivityLedger } from '../../domain/reports/activityLedger';
import { PageHeader } from '../../ui/PageHeader';
import { PrintButton } from '../../ui/print/PrintButton';
import { PrintScreen } from '../../ui/print/PrintSheet';
import { DateRangeInput, type RangePreset } from '../../ui/typedInputs/DateRangeInput';
import { useCatalog } from '../../ui/useCatalog';
import { useObservable } from '../../ui/useObservable';
import { LedgerPhotoAppendix } from '../photos/print/LedgerPhotoAppendix';
import { useLedgerPhotos } from '../photos/print/useRecordPhotos';
import { LedgerSheet } from './LedgerSheet';
import { ledgerFromSearch, ledgerToSearch, type LedgerSearch } from './reportSearch';
import { ReportsNav } from './ReportsNav';
import { usePeopleById } from './usePeopleById';
import { useStationProfile } from './useStationProfile';

/** /reports/ledger: the activity ledger of a period, optionally one field, printed landscape. */
export function LedgerPage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const catalog = useCatalog();
  const station = useStationProfile();
  const people = usePeopleById();
  const [today] = useState(todayIso);
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const state = useMemo(() => ledgerFromSearch(new URLSearchParams(search), today), [search, today]);
  const filter = useMemo(() => ({ from: state.from, to: state.to, ...(state.field ? { field: state.field } : {}) }), [state]);
  const activities = useObservable(useMemo(() => ledger.activities.query$(filter), [ledger, filter]));
  const rows = useMemo(() => (activities ? buildActivityLedger(activities) : undefined), [activities]);
  // False while the date boxes hold something that is not a range: the sheet would not match them.
  const [rangeTyped, setRangeTyped] = useState(true);
  const [withPhotos, setWithPhotos] = useState(true);
  const photos = useLedgerPhotos(rows?.rows, withPhotos);
  const setState = (next: LedgerSearch) => setSearchParams(ledgerToSearch(next), { replace: true });

  const now = dayjs(today);
  const range = (from: Dayjs, to: Dayjs) => ({ from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') });
  const presets: RangePreset[] = [
    { label: t('reports.ledger.presets.thisMonth'), range: range(now.startOf('month'), now.endOf('month')) },
    { label: t('reports.ledger.presets.lastMonth'), range: range(now.subtract(1, 'month').startOf('month'), now.subtract(1, 'month').endOf('month')) },
    { label: t('reports.ledger.presets.thisYear'), range: range(now.startOf('year'), now.endOf('year')) },
    { label: t('reports.ledger.presets.lastYear'), range: range(now.subtract(1, 'year').startOf('year'), now.subtract(1, 'year').endOf('year')) },
  ];

  const toolbar = (
    <>
      <ReportsNav />
      <PageHeader title={t('reports.ledger.pageTitle')} testId="page-ledger" />
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <DateRangeInput
          value={{ from: state.from, to: state.to }}
          presets={presets}
          data-testid="ledger-range"
          onChange={(range) => {
            setRangeTyped(range !== null);
            if (range) setState({ ...state, from: range.from, to: range.to });
          }}
        />
        <Select
          style={{ width: 180 }}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('reports.ledger.allFields')}
          value={state.field || undefined}
          options={catalog.fields.options}
          data-testid="ledger-field"
          onChange={(field: string | undefined) => setState({ ...state, field: field ?? '' })}
        />
        <Checkbox checked={state.full} onChange={(e) => setState({ ...state, full: e.target.checked })} data-testid="ledger-full">
          {t('reports.ledger.full')}
        </Checkbox>
        <Checkbox checked={withPhotos} onChange={(e) => setWithPhotos(e.target.checked)} data-testid="ledger-photos-toggle">
          {t('photos.print.include')}
        </Checkbox>
        <PrintButton
          landscape
          disabled={!rows || !people || !station || !rangeTyped || !photos}
          suggestedName={t('reports.ledger.fileName', { station: station?.name ?? '', from: state.from, to: state.to })}
        />
      </Flex>
    </>
  );

  return (
    <PrintScreen toolbar={toolbar}>
      {rows && people && station ? (
        <>
          <LedgerSheet ledger={rows} people={people} full={state.full} stationName={station.name} from={state.from} to={state.to} field={state.field} />
          {photos ? <LedgerPhotoAppendix rows={photos.rows} photos={photos.photos} /> : null}
        </>
      ) : (
        <Spin style={{ display: 'block', marginTop: 80 }} />
      )}
    </PrintScreen>
  );
}
