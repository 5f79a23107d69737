import { useEffect, useState } from 'react';
import { firstValueFrom } from 'rxjs';
import type { LocalPhoto, PhotoOwner } from '../../../photos/photo';
import type { PhotoStoreView } from '../photoStoreView';
import { usePhotoStore } from '../usePhotoStore';

/** A photo as a printed sheet shows it: its picture's address (already decoded), or none for a PDF. */
export interface PrintablePhoto {
  photo: LocalPhoto;
  url: string | null;
  /** Only the thumbnail was at hand (full file evicted and the server out of reach): printed small, and said so. */
  thumbOnly: boolean;
}

/**
 * The photos of some records, ready to print: `undefined` while loading, so a view that prints itself on
 * opening waits for them. `which` picks the full file (the record sheet, fetched from the server when it
 * was evicted) or the thumbnail (the ledger's small pictures). Every picture is decoded before this says
 * ready: a print taken while one is still decoding would leave a blank box on the paper. Pass `owners`
 * memoised: a new array loads again.
 */
export function usePrintablePhotos(owners: readonly PhotoOwner[] | undefined, which: 'full' | 'thumb'): ReadonlyMap<string, PrintablePhoto[]> | undefined {
  const store = usePhotoStore();
  const [result, setResult] = useState<{ owners: readonly PhotoOwner[]; photos: ReadonlyMap<string, PrintablePhoto[]> } | undefined>(undefined);

  useEffect(() => {
    if (!owners || !store) return undefined;
    let live = true;
    const urls: string[] = [];
    void load(store, owners, which, urls).then((photos) => {
      if (live) setResult({ owners, photos });
    });
    return () => {
      live = false;
      urls.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [store, owners, which]);

  // Without a photo store there are no photos: the sheet prints without waiting for any.
  if (!store) return owners ? NO_PHOTOS : undefined;
  return owners !== undefined && result?.owners === owners ? result.photos : undefined;
}

const NO_PHOTOS: ReadonlyMap<string, PrintablePhoto[]> = new Map();

async function load(store: PhotoStoreView, owners: readonly PhotoOwner[], which: 'full' | 'thumb', urls: string[]): Promise<Map<string, PrintablePhoto[]>> {
  const byOwner = new Map<string, PrintablePhoto[]>();
  for (const owner of owners) {
    const photos = await firstValueFrom(store.forOwner$(owner));
    const printable: PrintablePhoto[] = [];
    for (const photo of photos) {
      if (photo.meta.mime === 'application/pdf') {
        printable.push({ photo, url: null, thumbOnly: false });
        continue;
      }
      const full = which === 'full' ? await store.full(photo.meta.id).catch(() => null) : null;
      const blob = full ?? photo.thumb;
      const url = blob ? URL.createObjectURL(blob) : null;
      if (url) urls.push(url);
      printable.push({ photo, url, thumbOnly: which === 'full' && full === null });
    }
    if (printable.length > 0) byOwner.set(owner.id, printable);
  }
  await Promise.all(urls.map((url) => decoded(url)));
  return byOwner;
}

function decoded(url: string): Promise<void> {
  const image = new Image();
  image.src = url;
  // A picture that cannot be decoded prints as its caption alone; it must not hold the sheet back.
  return image.decode().catch(() => undefined);
}
