import { ROLLUP_TYPES } from '../../src-renderer/records/registry';

export { PERSONAL_TYPES, ROLLUP_TYPES } from '../../src-renderer/records/registry';

/*
 * What the city's roll-up holds, and nothing else (the Personal Information Protection Law's minimisation):
 * the records its figures are made of, which carry no personal data — activities (participants are volunteer
 * ids with hours, never names or ID numbers), teams and projects — copied by CouchDB's replicator, plus one
 * summary per station that the CLI writes (summaryDoc.ts): volunteers counted and keyed, never copied.
 * Which types are copied is each record type's `rollup` flag (src-renderer/records).
 *
 * Never in the roll-up: volunteers (ID number, birth date, phone), certificates (name and ID number),
 * conflict copies (a whole volunteer, as text), station profiles (the contact's name and phone), design
 * documents. A deletion of an activity, team or project travels as its tombstone.
 */

/** Field names that hold personal data in any record type; the roll-up refuses a document carrying one. */
export const PERSONAL_FIELDS = ['idNumber', 'phone', 'birthDate', 'contactName', 'contactPhone', 'address', 'volunteerName'] as const;

const ID_PATTERN = `^(${ROLLUP_TYPES.join('|')}):`;

export function isRollupRecordId(id: string): boolean {
  return new RegExp(ID_PATTERN).test(id);
}

/**
 * The replication's Mango selector. CouchDB evaluates it natively, with no JavaScript per change (a
 * JavaScript filter would run every change of 2,445 stations through the JS engine); it matches tombstones
 * too, since they keep their `_id`.
 */
export function rollupSelector(): { _id: { $regex: string } } {
  return { _id: { $regex: ID_PATTERN } };
}

/**
 * The same rule as a JavaScript filter (station design document, `ledger/rollup`), for the development
 * stand-in: pouchdb-server's replicator cannot take a selector.
 */
export const ROLLUP_FILTER_SOURCE = `function (doc, req) { return new RegExp(${JSON.stringify(ID_PATTERN)}).test(doc._id); }`;
