import { Alert, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/LedgerContext';

/** Whether the browser engine promised to keep the local database through disk-space pressure. */
export function StorageCard() {
  const { t } = useTranslation();
  const { storagePersisted } = useServices();
  return (
    <Card size="small" title={t('settings.storage.title')} style={{ height: '100%' }} data-testid="storage-status">
      <Alert
        type={storagePersisted ? 'success' : 'warning'}
        showIcon
        title={storagePersisted ? t('settings.storage.persisted') : t('settings.storage.notPersisted')}
        description={storagePersisted ? t('settings.storage.persistedHelp') : t('settings.storage.notPersistedHelp')}
      />
    </Card>
  );
}
