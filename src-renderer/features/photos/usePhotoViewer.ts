import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalPhoto } from '../../photos/photo';
import { describeFullFileError } from './fullFileError';
import type { PhotoStoreView } from './photoStoreView';

/**
 * The viewer's state over a record's pictures: which one is open, and the full files loaded so far as
 * `blob:` addresses. A full file evicted from this PC is fetched from the server when its picture is
 * shown; until then (or when offline, which is said once) the viewer shows the thumbnail.
 */
export function usePhotoViewer(store: PhotoStoreView, pictures: readonly LocalPhoto[]) {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const [current, setCurrent] = useState<number | null>(null);
  const [fullUrls, setFullUrls] = useState<ReadonlyMap<string, string>>(new Map());
  const requested = useRef(new Set<string>());
  const created = useRef<string[]>([]);

  useEffect(() => {
    const urls = created.current;
    return () => urls.forEach((url) => URL.revokeObjectURL(url));
  }, []);

  const photo = current === null ? undefined : pictures[current];
  useEffect(() => {
    if (!photo || requested.current.has(photo.meta.id)) return;
    const id = photo.meta.id;
    requested.current.add(id);
    store.full(id).then(
      (blob) => {
        const url = URL.createObjectURL(blob);
        created.current.push(url);
        setFullUrls((previous) => new Map(previous).set(id, url));
      },
      (error: unknown) => {
        // Asked again next time it is shown: the link may be back by then.
        requested.current.delete(id);
        void message.warning(describeFullFileError(error, t));
      },
    );
  }, [photo, store, message, t]);

  const open = useCallback((index: number) => setCurrent(index), []);
  const close = useCallback(() => setCurrent(null), []);
  return { current, open, close, setCurrent, fullUrls };
}
