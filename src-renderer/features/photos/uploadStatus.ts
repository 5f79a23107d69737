import type { PhotoUploadState } from '../../photos/photo';
import type { PhotoProgressEntry } from '../../photos/sync/progress';

/** What the tag reads of the photo channel's progress entry for one photo. */
export type PhotoProgress = Pick<PhotoProgressEntry, 'state' | 'sentBytes' | 'totalBytes'>;

export type UploadStatus =
  | { kind: 'pending' }
  | { kind: 'queued' }
  | { kind: 'sending'; percent: number }
  | { kind: 'failed' }
  | { kind: 'onServer' }
  | { kind: 'tooLarge' };

/**
 * One photo's tag in the strip: the stored state says where it stands for good (on the server, refused as
 * too large); the channel's live progress, when there is one, says what is happening to a pending one now.
 */
export function uploadStatus(state: PhotoUploadState, progress: PhotoProgress | undefined): UploadStatus {
  if (state === 'tooLarge' || progress?.state === 'tooLarge') return { kind: 'tooLarge' };
  if (state === 'onServer' || progress?.state === 'done') return { kind: 'onServer' };
  if (!progress) return { kind: 'pending' };
  if (progress.state === 'sending') {
    const percent = progress.totalBytes > 0 ? Math.floor((progress.sentBytes / progress.totalBytes) * 100) : 0;
    return { kind: 'sending', percent: Math.min(99, Math.max(0, percent)) };
  }
  return { kind: progress.state };
}
