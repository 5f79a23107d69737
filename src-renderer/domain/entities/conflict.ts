import { z } from 'zod';
import { docMetaShape } from './common';

/**
 * The version that lost a replication conflict, kept for the keeper to review. Nothing is dropped:
 * the winner is in its collection, the loser here, until the keeper keeps one or merges them.
 */
export const conflictDocSchema = z.object({
  ...docMetaShape,
  /** The collection and id of the record in conflict. */
  collectionName: z.string().max(40),
  docId: z.string().max(64),
  kind: z.enum(['edit-edit', 'delete-edit']),
  /** JSON of the version that lost; `deleted` when the losing side was a delete. */
  loser: z.string(),
  loserDeleted: z.boolean(),
  /** The winner as it was when the conflict was found, to show both side by side. */
  winner: z.string(),
  winnerDeleted: z.boolean(),
  resolved: z.boolean(),
  resolution: z.string().max(20),
});
export type ConflictDoc = z.infer<typeof conflictDocSchema>;
