import { Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import type { StationSetupProfile } from '../../domain/stationSetupFile';
import { PageHeader } from '../../ui/PageHeader';
import { RestoreCard } from '../backup/RestoreCard';
import { CityJoinCard } from '../city/CityJoinCard';
import { prefilledStationForm } from './joinStation';
import { JoinStationCard } from './JoinStationCard';
import { newStationForm, type StationFormValues } from './stationForm';
import { StationProfileForm } from './StationProfileForm';

interface FormStart {
  values: StationFormValues;
  /** Set once this PC joined a station by its set-up file: the profile must be that station's. */
  codeLocked: boolean;
  /** Whether the set-up file's station fields are in, so a second "no profile yet" does not wipe typing. */
  fromFile: boolean;
}

/**
 * First run: the only screen until the station profile exists. Once saved here, or pulled from the city
 * server by a station's second PC, the profile stream emits and App swaps in the main layout, so this page
 * does not navigate anywhere itself.
 */
export function SetupPage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const [role, setRole] = useState<'station' | 'admin'>('station');
  const [start, setStart] = useState<FormStart>(() => {
    // A PC that joined a station earlier keeps its code until the profile arrives (or is filled in here).
    const joined = ledger.ctx.stationId;
    return joined
      ? { values: prefilledStationForm({ code: joined }), codeLocked: true, fromFile: false }
      : { values: newStationForm(), codeLocked: false, fromFile: false };
  });

  function prefill(station: StationSetupProfile | null) {
    // Unchanged state keeps the same form, so what the keeper typed survives a second "no profile yet".
    setStart((current) => {
      if (current.fromFile) return current;
      if (station) return { values: prefilledStationForm(station), codeLocked: true, fromFile: true };
      if (current.codeLocked) return current;
      return { values: prefilledStationForm({ code: ledger.ctx.stationId }), codeLocked: true, fromFile: false };
    });
  }

  return (
    <div style={{ padding: '24px 16px' }}>
      <div style={{ maxWidth: 1040, margin: '0 auto' }}>
        <PageHeader title={t('setup.title')} testId="page-setup" />
        <Typography.Paragraph>
          {t('city.setup.role')}{' '}
          <Segmented
            value={role}
            onChange={setRole}
            options={[
              { value: 'station', label: t('city.setup.station') },
              { value: 'admin', label: <span data-testid="setup-role-admin">{t('city.setup.admin')}</span> },
            ]}
          />
        </Typography.Paragraph>
        {role === 'admin' ? (
          <CityJoinCard />
        ) : (
          <>
            <Typography.Paragraph style={{ fontSize: 15 }}>{t('setup.intro')}</Typography.Paragraph>
            <JoinStationCard onNoProfile={prefill} />
            <StationProfileForm
              // antd reads initialValues once: a new start (pre-filled from the set-up file) needs a new form.
              key={`${start.values.code}:${String(start.fromFile)}`}
              initialValues={start.values}
              codeLocked={start.codeLocked}
              submitLabel={t('setup.submit')}
              onSave={(input) => ledger.setUpStation(input)}
            />
            {/* A PC replaced or wiped: the station comes back from its backup file, with its own profile and revisions. */}
            <div style={{ marginTop: 16 }}>
              <RestoreCard />
            </div>
          </>
        )}
      </div>
    </div>
  );
}
