import { Alert, Card, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/LedgerContext';
import { bytesText, storageLevel, type StorageEstimateNow } from './storageLevel';

/** Read once when Settings opens: the engine's figure changes slowly and reading it costs a disk walk. */
function useStorageEstimate(): StorageEstimateNow | null | undefined {
  const [estimate, setEstimate] = useState<StorageEstimateNow | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const read = navigator.storage?.estimate ? navigator.storage.estimate() : Promise.reject(new Error('no storage estimate'));
    read
      .then((e) => live && setEstimate(typeof e.usage === 'number' && typeof e.quota === 'number' ? { usage: e.usage, quota: e.quota } : null))
      .catch(() => live && setEstimate(null));
    return () => {
      live = false;
    };
  }, []);
  return estimate;
}

/** Whether the local database is kept through disk-space pressure, how much it uses, and an early warning. */
export function StorageCard() {
  const { t } = useTranslation();
  const { storagePersisted } = useServices();
  const estimate = useStorageEstimate();
  const level = estimate ? storageLevel(estimate) : 'ok';
  const free = estimate ? bytesText(Math.max(0, estimate.quota - estimate.usage)) : '';
  return (
    <Card size="small" title={t('settings.storage.title')} style={{ height: '100%' }} data-testid="storage-status">
      <Flex vertical gap={8}>
        <Alert
          type={storagePersisted ? 'success' : 'warning'}
          showIcon
          title={storagePersisted ? t('settings.storage.persisted') : t('settings.storage.notPersisted')}
          description={storagePersisted ? t('settings.storage.persistedHelp') : t('settings.storage.notPersistedHelp')}
        />
        {estimate === null ? <Typography.Text type="secondary">{t('settings.storage.usageUnknown')}</Typography.Text> : null}
        {estimate ? (
          <Typography.Text data-testid="storage-usage">{t('settings.storage.usage', { used: bytesText(estimate.usage), free })}</Typography.Text>
        ) : null}
        {level !== 'ok' ? <Alert type={level === 'critical' ? 'error' : 'warning'} showIcon title={t(`settings.storage.${level}`, { free })} data-testid="storage-warning" /> : null}
      </Flex>
    </Card>
  );
}
