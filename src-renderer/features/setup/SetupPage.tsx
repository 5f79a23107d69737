import { Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import { PageHeader } from '../../ui/PageHeader';
import { newStationForm } from './stationForm';
import { StationProfileForm } from './StationProfileForm';

/**
 * First run: the only screen until the station profile exists. Once saved, the profile stream emits and
 * App swaps in the main layout, so this page does not navigate anywhere itself.
 */
export function SetupPage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const initialValues = useMemo(() => newStationForm(), []);
  return (
    <div style={{ padding: '24px 16px' }}>
      <div style={{ maxWidth: 1040, margin: '0 auto' }}>
        <PageHeader title={t('setup.title')} testId="page-setup" />
        <Typography.Paragraph style={{ fontSize: 15 }}>{t('setup.intro')}</Typography.Paragraph>
        <StationProfileForm
          initialValues={initialValues}
          codeLocked={false}
          submitLabel={t('setup.submit')}
          onSave={(input) => ledger.setUpStation(input)}
        />
      </div>
    </div>
  );
}
