import { sameContent, type Version } from '../conflicts/winner';
import { revisionHeight } from './records';

/** A version with the revision it was stored under. */
export type RevVersion = Version & { _rev: string };

/**
 * What a restore does with one record of the file, given the PC's copy:
 * - 'add': the PC has none; the file's is written with its revision.
 * - 'same': same revision or same content; nothing is written.
 * - 'take': the file's is a later version of the PC's; written over it.
 * - 'keep': the PC's is a later version of the file's; nothing is written.
 * - 'conflict': no one can tell which came after which: the app's conflict rule (conflicts/winner.ts)
 *   picks the winner and the loser goes to the review screen, as when a sync finds two versions.
 */
export type MergeAction = 'add' | 'same' | 'take' | 'keep' | 'conflict';

/**
 * `sameLine`: the file was taken of this very database. There each record's history is one line and its
 * revision height only grows (RxDB adds one per write; a restore never lowers it, see revisionOver), so the
 * higher height is the later version. A file of another database (another PC, a profile made anew) has
 * heights that say nothing about this one's: two different versions go the conflict way, which keeps both.
 */
export function decideMerge(local: RevVersion | null, file: RevVersion, sameLine: boolean): MergeAction {
  if (!local) return 'add';
  if (local._rev === file._rev || sameContent(local, file)) return 'same';
  if (sameLine) {
    const [fileHeight, localHeight] = [revisionHeight(file._rev), revisionHeight(local._rev)];
    if (fileHeight !== null && localHeight !== null && fileHeight !== localHeight) return fileHeight > localHeight ? 'take' : 'keep';
  }
  return 'conflict';
}

/**
 * The revision the file's version is stored under when it replaces the PC's: its own where that is higher
 * (so a record restored is the record backed up, revision and all), else one above the PC's, so heights in
 * this database keep growing and a later backup of it still orders right.
 */
export function revisionOver(localRev: string, fileRev: string): string {
  const [fileHeight, localHeight] = [revisionHeight(fileRev), revisionHeight(localRev)];
  if (fileHeight === null || localHeight === null || fileHeight > localHeight) return fileRev;
  const token = fileRev.slice(fileRev.indexOf('-') + 1);
  return `${localHeight + 1}-${token}`;
}
