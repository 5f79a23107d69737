import { App, Button, Card, Descriptions, Flex, Progress, Select, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import { useObservable } from '../../ui/useObservable';
import { budgetPercent, DEFAULT_PHOTO_BUDGET, loadPhotoBudget, PHOTO_BUDGETS, savePhotoBudget } from './photoBudget';
import { formatBytes } from './photoText';
import type { PhotoStoreView } from './photoStoreView';
import { usePhotoStore } from './usePhotoStore';

/**
 * 照片占用空间 on this PC: how much the photos take against the budget chosen here, how many wait to be
 * uploaded or were refused as too large, and 释放空间, which drops the full files the server already holds
 * (oldest first, thumbnails stay; they come back from the server when opened).
 */
export function PhotoStorageCard() {
  const store = usePhotoStore();
  return store ? <StorageCardOf store={store} /> : null;
}

function StorageCardOf({ store }: { store: PhotoStoreView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ledger = useLedger();
  const usage = useObservable(useMemo(() => store.usage$(), [store]));
  const [budget, setBudget] = useState<number | null>(null);
  const [freeing, setFreeing] = useState(false);

  useEffect(() => {
    let live = true;
    void loadPhotoBudget(ledger.local).then((value) => live && setBudget(value));
    return () => {
      live = false;
    };
  }, [ledger]);

  const limit = budget ?? DEFAULT_PHOTO_BUDGET;
  const over = usage !== undefined && usage.bytes > limit;

  const free = async () => {
    setFreeing(true);
    try {
      const freed = await store.evictTo(limit);
      void message.success(freed > 0 ? t('photos.storage.freed', { size: formatBytes(freed) }) : t('photos.storage.nothingToFree'));
    } catch {
      void message.error(t('photos.storage.freeFailed'));
    } finally {
      setFreeing(false);
    }
  };

  return (
    <Card size="small" title={t('photos.storage.title')} style={{ height: '100%' }} data-testid="photo-storage">
      {usage === undefined ? null : (
        <Flex vertical gap={8}>
          <Progress percent={budgetPercent(usage.bytes, limit)} status={over ? 'exception' : 'normal'} showInfo={false} />
          <Typography.Text data-testid="photo-storage-used">
            {t('photos.storage.used', { count: usage.count, size: formatBytes(usage.bytes), budget: formatBytes(limit) })}
          </Typography.Text>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('photos.storage.pending')}>
              <span data-testid="photo-storage-pending">{usage.pending}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('photos.storage.tooLarge')}>
              <span data-testid="photo-storage-too-large">{usage.tooLarge}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('photos.storage.evictable')}>{formatBytes(usage.evictableBytes)}</Descriptions.Item>
          </Descriptions>
          <Flex gap={8} align="center" wrap>
            <span>{t('photos.storage.budget')}</span>
            <Select
              style={{ width: 110 }}
              value={limit}
              disabled={budget === null}
              options={PHOTO_BUDGETS.map((bytes) => ({ value: bytes, label: formatBytes(bytes) }))}
              onChange={(value: number) => {
                setBudget(value);
                savePhotoBudget(ledger.local, value).catch(() => message.error(t('photos.storage.budgetSaveFailed')));
              }}
              data-testid="photo-budget"
            />
            <Button onClick={() => void free()} loading={freeing} disabled={usage.evictableBytes === 0} data-testid="photo-free-space">
              {t('photos.storage.free')}
            </Button>
          </Flex>
          <Typography.Text type={over ? 'danger' : 'secondary'}>{over ? t('photos.storage.overBudget') : t('photos.storage.help')}</Typography.Text>
        </Flex>
      )}
    </Card>
  );
}
