import { BehaviorSubject, type Observable } from 'rxjs';

export type PhotoSendState = 'queued' | 'sending' | 'done' | 'failed' | 'tooLarge';

/** One photo's place in the photo channel's work, for its tag in the strip. */
export interface PhotoProgressEntry {
  photoId: string;
  sentBytes: number;
  totalBytes: number;
  state: PhotoSendState;
  /** The keeper's sentence for a failed or refused photo (i18n key under photos.sync and its values). */
  messageKey?: string;
  messageParams?: Record<string, string | number>;
}

/**
 * The channel's progress, one entry per photo it has touched since the app started. Entries of photos that
 * are done stay until the next run starts, so a tag can show 已上传 before the store's own state arrives.
 */
export interface PhotoProgressTracker {
  readonly progress$: Observable<PhotoProgressEntry[]>;
  current(): PhotoProgressEntry[];
  set(entry: PhotoProgressEntry): void;
  /** A new run: the finished entries of the last one go. */
  clearFinished(): void;
}

export function createProgressTracker(): PhotoProgressTracker {
  const entries = new Map<string, PhotoProgressEntry>();
  const subject = new BehaviorSubject<PhotoProgressEntry[]>([]);
  const emit = () => subject.next([...entries.values()]);
  return {
    progress$: subject.asObservable(),
    current: () => subject.getValue(),
    set(entry) {
      entries.set(entry.photoId, entry);
      emit();
    },
    clearFinished() {
      for (const [id, entry] of entries) if (entry.state === 'done' || entry.state === 'tooLarge') entries.delete(id);
      emit();
    },
  };
}
