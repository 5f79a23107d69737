import { useEffect, useMemo } from 'react';
import type { LocalPhoto } from '../../photos/photo';

/**
 * `blob:` addresses of the thumbnails of a list of photos, by photo id, revoked when the list changes or
 * the screen goes, so a page of thumbnails does not keep every picture it ever showed in memory.
 * (Made again for the whole list when it changes: a thumbnail's address costs nothing, its bytes stay put.)
 */
export function useThumbUrls(photos: readonly LocalPhoto[] | undefined): ReadonlyMap<string, string> {
  const urls = useMemo(() => {
    const made = new Map<string, string>();
    for (const photo of photos ?? []) if (photo.thumb) made.set(photo.meta.id, URL.createObjectURL(photo.thumb));
    return made;
  }, [photos]);
  useEffect(() => () => urls.forEach((url) => URL.revokeObjectURL(url)), [urls]);
  return urls;
}
