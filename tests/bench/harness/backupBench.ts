import dayjs from 'dayjs';
import type { RxCollection } from 'rxdb';
import { BACKUP_COLLECTIONS } from '../../../src-renderer/data/backup/records';
import { createCertificateRepository } from '../../../src-renderer/data/certificates/repository';
import { recordConflict } from '../../../src-renderer/data/conflicts/conflictHandler';
import { canonicalContent, type Version } from '../../../src-renderer/data/conflicts/winner';
import type { Ledger } from '../../../src-renderer/data/session';
import type { SyncedCollectionSpec } from '../../../src-renderer/sync/collections';
import { queryStored } from '../../../src-renderer/data/storageInternals';
import type { BackupExtrasOptions, BackupExtrasReport, RecordPrint, StationPrint, StoredCounts } from './backupApi';

type Stored = Record<string, unknown>;

function collectionOf(ledger: Ledger, spec: SyncedCollectionSpec): RxCollection<Stored> {
  return ledger.db.collections[spec.name] as unknown as RxCollection<Stored>;
}

async function storedCounts(ledger: Ledger): Promise<StoredCounts> {
  const counts: StoredCounts = {};
  for (const spec of BACKUP_COLLECTIONS) {
    const docs = await queryStored(collectionOf(ledger, spec), { selector: {} });
    const deleted = docs.filter((d) => d._deleted).length;
    counts[spec.name] = { live: docs.length - deleted, deleted };
  }
  return counts;
}

/** Certificates as the register issues them (numbered, hours from the activities), some revoked, some deleted. */
async function issueCertificates(ledger: Ledger, options: BackupExtrasOptions): Promise<void> {
  const register = createCertificateRepository(ledger.db, ledger.ctx);
  const today = dayjs().format('YYYY-MM-DD');
  const volunteers = await ledger.db.volunteers.find({ sort: [{ id: 'asc' }] }).exec();
  const issued: string[] = [];
  // Bounded: a volunteer without service is refused, so at most twice the wanted number are tried.
  for (const volunteer of volunteers.slice(0, options.certificates * 2)) {
    if (issued.length >= options.certificates) break;
    try {
      const certificate = await register.issue({
        volunteerId: volunteer.id,
        periodFrom: '2000-01-01',
        periodTo: today,
        content: '参加社区新时代文明实践志愿服务。',
        issuer: '幸福里社区新时代文明实践站',
        personInCharge: '李站长',
        handler: '王干事',
        contact: '13805310001',
        issuedDate: today,
      });
      issued.push(certificate.id);
    } catch {
      // No service in the period: the register refuses, as it would at the desk; the next volunteer is tried.
    }
  }
  for (const id of issued.slice(0, options.revoked)) await register.revoke(id, '时长录入有误，已重新开具。', today);
  for (const id of issued.slice(options.revoked, options.revoked + options.deleted)) {
    await (await ledger.db.certificates.findOne(id).exec())?.incrementalRemove();
  }
}

/**
 * Edit-edit conflicts as sync records them: this PC's edit of a volunteer won, the other PC's version of the
 * same volunteer is on the register for review.
 */
async function recordConflicts(ledger: Ledger, count: number): Promise<void> {
  const volunteers = await ledger.db.volunteers.find({ sort: [{ id: 'desc' }], limit: count }).exec();
  for (const [i, doc] of volunteers.entries()) {
    const before = doc.toMutableJSON(true) as unknown as Stored;
    const edited = await doc.incrementalPatch({ skills: ['理发'], updatedAt: ledger.ctx.now().toISOString(), updatedBy: ledger.ctx.deviceId });
    const winner: Version = { ...(edited.toMutableJSON(true) as unknown as Stored), _deleted: false };
    const loser: Version = { ...before, skills: ['义诊'], updatedAt: dayjs(String(before.updatedAt)).add(i + 1, 'minute').toISOString(), updatedBy: 'other-pc', _deleted: false };
    await recordConflict(ledger.db.conflicts, ledger.ctx, 'volunteers', winner, loser);
  }
}

export async function addBackupExtras(ledger: Ledger, options: BackupExtrasOptions): Promise<BackupExtrasReport> {
  const started = performance.now();
  const before = await storedCounts(ledger);
  const has = (name: string) => (before[name]?.live ?? 0) + (before[name]?.deleted ?? 0) > 0;
  if (has('conflicts') || has('certificates')) return { seeded: false, counts: before, ms: performance.now() - started };
  await issueCertificates(ledger, options);
  await recordConflicts(ledger, options.conflicts);
  return { seeded: true, counts: await storedCounts(ledger), ms: performance.now() - started };
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Every record of every backed-up collection, deleted ones included: id, revision, deleted and a content hash. */
export async function printStation(ledger: Ledger): Promise<StationPrint> {
  const started = performance.now();
  const collections: Record<string, RecordPrint[]> = {};
  for (const spec of BACKUP_COLLECTIONS) {
    const docs = await queryStored(collectionOf(ledger, spec), { selector: {}, sort: [{ id: 'asc' }] });
    collections[spec.name] = await Promise.all(
      docs.map(async (doc): Promise<RecordPrint> => [String(doc.id), doc._rev, doc._deleted, await sha256(canonicalContent(doc as unknown as Stored))]),
    );
  }
  return { collections, ms: performance.now() - started };
}
