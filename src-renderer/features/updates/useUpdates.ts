import { App } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/LedgerContext';
import { takeUpdateSnapshot } from '../../data/backup/autoSnapshot';
import type { UpdateStatus } from '../../platform/api';
import { updateNow } from './updateNow';

export interface Updates {
  status: UpdateStatus | null;
  /** True while the snapshot before the update is being written. */
  backingUp: boolean;
  updateNow(version: string): Promise<void>;
  later(): Promise<void>;
  check(): Promise<void>;
}

/** The update's status as main reports it, and the keeper's three choices. */
export function useUpdates(): Updates {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const { ledger, platform } = useServices();
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const [backingUp, setBackingUp] = useState(false);

  useEffect(() => {
    let live = true;
    const unsubscribe = platform.onUpdateStatus((next) => setStatus(next));
    void platform.getUpdateStatus().then((first) => {
      if (live) setStatus((now) => now ?? first);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [platform]);

  return {
    status,
    backingUp,
    async updateNow(version) {
      const confirmed = await modal.confirm({
        title: t('updates.confirmTitle', { version }),
        content: t('updates.confirmBody'),
        okText: t('updates.updateNow'),
        cancelText: t('updates.later'),
      });
      if (!confirmed) return;
      setBackingUp(true);
      const outcome = await updateNow(version, {
        takeSnapshot: () => takeUpdateSnapshot(ledger, platform, __APP_VERSION__),
        install: (request) => {
          setBackingUp(false);
          return platform.installUpdate(request);
        },
      }).finally(() => setBackingUp(false));
      if (outcome.ok) setStatus(outcome.status);
      else modal.error({ title: t('updates.title'), content: t('updates.snapshotFailed', { reason: outcome.reason }) });
    },
    async later() {
      setStatus(await platform.postponeUpdate());
    },
    async check() {
      setStatus(await platform.checkForUpdate());
    },
  };
}
