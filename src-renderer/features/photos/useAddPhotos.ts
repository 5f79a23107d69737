import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoKind, PhotoOwner } from '../../photos/photo';
import { preparePhoto } from '../../photos/process/preparePhoto';
import { describeAddFailure } from './addFailure';
import type { PhotoStoreView } from './photoStoreView';

/** How long a refusal stays on screen: it says what to do on the phone or scanner, which takes reading. */
const REFUSAL_SECONDS = 12;

/**
 * Adds files to a record one at a time (a phone photo decoded at full size takes ~50 MB: several at once
 * could exhaust an old PC), saying for each one refused why and what to do, and how many were added.
 * `kind` is what the keeper chose (照片 or 签到表); a PDF is always a sheet.
 */
export function useAddPhotos(
  store: PhotoStoreView,
  owner: PhotoOwner,
): { add: (files: readonly File[], kind?: PhotoKind) => Promise<void>; working: number } {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const [working, setWorking] = useState(0);
  const { type, id } = owner;

  const add = useCallback(
    async (files: readonly File[], kind: PhotoKind = 'photo') => {
      setWorking((n) => n + files.length);
      let added = 0;
      for (const file of files) {
        try {
          const prepared = await preparePhoto(file);
          await store.add({ owner: { type, id }, kind: prepared.mime === 'application/pdf' ? 'sheet' : kind, ...prepared });
          added += 1;
        } catch (error) {
          void message.error({ content: describeAddFailure(error, file.name, t), duration: REFUSAL_SECONDS });
        } finally {
          setWorking((n) => n - 1);
        }
      }
      if (added > 0) void message.success(t('photos.strip.added', { count: added }));
    },
    [store, type, id, message, t],
  );
  return { add, working };
}
