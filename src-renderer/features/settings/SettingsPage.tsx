import { Col, Row, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import { PageHeader } from '../../ui/PageHeader';
import { useObservable } from '../../ui/useObservable';
import { stationFormFromDoc } from '../setup/stationForm';
import { StationProfileForm } from '../setup/StationProfileForm';
import { AboutCard } from './AboutCard';
import { LanguageCard } from './LanguageCard';
import { StorageCard } from './StorageCard';
import { PhotoStorageCard } from '../photos/PhotoStorageCard';
import { SyncConnectionCard } from './SyncConnectionCard';

export function SettingsPage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const profile = useObservable(useMemo(() => ledger.station.profile$(), [ledger]));
  // The form takes its values once: a later emission (our own save) must not reset what is being typed.
  const initialValues = useMemo(() => (profile ? stationFormFromDoc(profile) : undefined), [profile]);

  return (
    <>
      <PageHeader title={t('settings.title')} testId="page-settings" />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={7}>
          <LanguageCard />
        </Col>
        <Col xs={24} lg={9}>
          <StorageCard />
        </Col>
        <Col xs={24} lg={8}>
          <AboutCard />
        </Col>
        <Col xs={24} lg={12}>
          <PhotoStorageCard />
        </Col>
        <Col span={24}>
          <SyncConnectionCard />
        </Col>
      </Row>
      <Typography.Title level={4}>{t('settings.profile.title')}</Typography.Title>
      {initialValues ? (
        <div style={{ maxWidth: 1040 }}>
          <StationProfileForm
            initialValues={initialValues}
            codeLocked
            autoFocus={false}
            submitLabel={t('common.actions.save')}
            onSave={(input) => ledger.station.save(input)}
          />
        </div>
      ) : (
        <Spin />
      )}
    </>
  );
}
