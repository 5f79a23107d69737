import type { RxCollection } from 'rxdb';
import { replayImportedRequest, splitImported, type ImportedRequest } from '../../domain/records/requestReplay';
import type { RequestDoc } from '../../records/request/shape';
import type { KindTarget } from './commitImport';

/** A request the check accepted could not be taken to its state when written (nothing of its chunk is kept). */
export class RequestReplayError extends Error {
  constructor(readonly key: string) {
    super(`an imported request could not be taken to its state: ${key}`);
    this.name = 'RequestReplayError';
  }
}

/**
 * How imported requests are written: a new one is logged and taken through its steps by this PC at the
 * time of writing (its history says so, as if kept on screen); an update writes the details only, since
 * where a request stands changes by steps on its page.
 */
export function importedRequestTarget(collection: RxCollection<RequestDoc>): KindTarget<ImportedRequest, RequestDoc> {
  return {
    collection,
    type: 'request',
    build(fields, meta) {
      const { details, flow } = splitImported(fields);
      const replay = replayImportedRequest(details, flow, { at: meta.createdAt, by: meta.updatedBy });
      if (!replay.ok) throw new RequestReplayError(replay.key);
      return { ...replay.request, ...meta };
    },
    patch: (fields) => splitImported(fields).details,
  };
}
