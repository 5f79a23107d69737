import type { Observable } from 'rxjs';
import type { LocalPhoto, PhotoKind, PhotoMime, PhotoOwner, PhotoOwnerType } from '../../photos/photo';

/** What Settings shows of the photos on this PC. */
export interface PhotoUsage {
  count: number;
  bytes: number;
  /** Full files the server already holds: what 释放空间 can drop. */
  evictableBytes: number;
  pending: number;
  tooLarge: number;
}

/**
 * The part of the station's photo store (photos/store) the screens use. Declared here so the screens
 * depend on these calls alone and a test can stand in for the store.
 */
export interface PhotoStoreView {
  add(input: {
    owner: PhotoOwner;
    kind: PhotoKind;
    mime: PhotoMime;
    full: Blob;
    thumb: Blob | null;
    width?: number;
    height?: number;
    takenAt?: string;
    fileName: string;
  }): Promise<LocalPhoto>;
  forOwner$(owner: PhotoOwner): Observable<LocalPhoto[]>;
  countsByOwner$(type: PhotoOwnerType): Observable<Map<string, number>>;
  get(id: string): Promise<LocalPhoto | undefined>;
  /** The full file, fetched from the server when it was evicted here; throws (with a `messageKey`) when it cannot be had. */
  full(id: string): Promise<Blob>;
  remove(id: string): Promise<void>;
  usage$(): Observable<PhotoUsage>;
  /** Returns the bytes freed. */
  evictTo(budgetBytes: number): Promise<number>;
}
