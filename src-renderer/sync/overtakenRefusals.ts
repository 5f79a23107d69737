import { canonicalContent, contentOf, type Version } from '../data/conflicts/winner';
import type { PulledDoc } from './pull';
import type { RejectedStore } from './rejectedStore';

export interface RefusalDeps {
  rejected: RejectedStore;
  /** The version stored on this PC (deleted or not), RxDB's bookkeeping included; null if there is none. */
  stored(id: string): Promise<Version | null>;
  /**
   * Puts the PC's refused version on record as the losing side of a conflict against the server's version,
   * for the keeper to review; null where this collection keeps no conflict records (the register itself).
   */
  keepLoser: ((winner: Version, loser: Version) => Promise<void>) | null;
  /** Recording the conflict failed: the refused version stays where it is, and this says why. */
  onError(error: unknown): void;
}

function sameVersion(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return canonicalContent(a) === canonicalContent(b);
}

function parseState(json: string | null): Record<string, unknown> | null {
  if (json === null) return null;
  const value: unknown = JSON.parse(json);
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** The PC's version in the shape of a pulled one: RxDB then finds nothing new and writes nothing. */
function asPulled(id: string, stored: Version): PulledDoc {
  return { ...contentOf(stored), id, _deleted: stored._deleted };
}

/**
 * Pulled versions of records whose last edit on this PC the server refused. After a refusal RxDB believes
 * the server took the PC's version, so it would write any version pulled later straight over the refused
 * edit, and the keeper's work would vanish without a trace. Instead, before that version is handed on:
 * - the very version the server held when it refused ours (a page read again, the PC's own earlier push
 *   coming back on the feed) is not news: the PC keeps its refused version and the refusal stays listed;
 * - a version with what the PC has anyway settles the refusal;
 * - any other version is the server's newer one: it is taken in, and the refused version goes on record
 *   as the losing side of a conflict, so the keeper sees it on the review screen and can take it back.
 * Returns the batch to hand to RxDB, as long as it was (RxDB reads a short batch as the end of the feed).
 */
export async function settleOvertakenRefusals(deps: RefusalDeps, documents: PulledDoc[]): Promise<PulledDoc[]> {
  const out: PulledDoc[] = [];
  for (const doc of documents) {
    const refusal = deps.rejected.get(doc.id);
    const stored = refusal ? await deps.stored(doc.id) : null;
    if (!refusal || !stored) {
      if (refusal) await deps.rejected.remove(doc.id);
      out.push(doc);
      continue;
    }
    const serverThen = parseState(refusal.serverState);
    if (serverThen !== null && sameVersion(doc, serverThen)) {
      out.push(asPulled(doc.id, stored));
      continue;
    }
    if (!sameVersion(doc, stored) && deps.keepLoser) {
      try {
        await deps.keepLoser(doc, { ...contentOf(stored), id: doc.id, _deleted: stored._deleted });
      } catch (error) {
        deps.onError(error);
        out.push(asPulled(doc.id, stored));
        continue;
      }
    }
    await deps.rejected.remove(doc.id);
    out.push(doc);
  }
  return out;
}
