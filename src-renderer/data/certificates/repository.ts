import { map, type Observable } from 'rxjs';
import type { WriteContext } from '../../domain/entities/common';
import { parseCertificateRequest, REVOKE_REASON_MAX, type CertificateDoc, type CertificateFields } from '../../domain/entities/certificate';
import { normalizeCertificateNumber } from '../../domain/certificates/duplicateNumbers';
import { formatCertificateNumber, nextCertificateSequence } from '../../domain/certificates/numbering';
import { computeVerificationCode, normalizeVerificationCode } from '../../domain/certificates/verificationCode';
import { summarizeVolunteerService } from '../../domain/certificates/volunteerService';
import { yearOf } from '../../domain/dates';
import { serviceHoursToDate } from '../../domain/honours/hoursToDate';
import { starLevel } from '../../domain/honours/starLevel';
import type { FieldIssue } from '../../domain/issues';
import type { LedgerDatabase } from '../database';
import { NotFoundError, ValidationError } from '../errors';
import { createEntityStore, toPlain } from '../repository';
import { isProvisionalCode } from '../../domain/provisionalCode';

export type CertificateRepository = ReturnType<typeof createCertificateRepository>;

interface Found {
  certificate: CertificateDoc;
  /**
   * How many other certificates in the register carry the same number (two PCs issued offline); the one
   * reported is the one whose own code was typed, never just the first found.
   */
  sharedWith: number;
}

export type VerificationResult =
  | ({ status: 'valid' } & Found)
  | ({ status: 'revoked' } & Found)
  /** The register's entry no longer matches its own code: it was edited after issue. */
  | ({ status: 'registerAltered' } & Found)
  | { status: 'codeMismatch' }
  | { status: 'unknownNumber' };

type FoundStatus = 'valid' | 'revoked' | 'registerAltered';

/**
 * Two entries can carry both the same number and the same code only when they certify the very same facts
 * (same person, hours and period); the paper is then backed by the best of them.
 */
const STATUS_PREFERENCE: readonly FoundStatus[] = ['valid', 'revoked', 'registerAltered'];

/** Issue-time problems the form shows on its fields (i18n keys of the certificates namespace). */
export const NO_SERVICE_KEY = 'certificates.issue.noService';
export const PERIOD_AFTER_ISSUE_KEY = 'certificates.issue.periodAfterIssue';
export const NO_STATION_KEY = 'certificates.issue.noStation';
export const PROVISIONAL_STATION_KEY = 'certificates.issue.provisionalStation';

/**
 * The register of issued 志愿服务记录证明. Certificates are never deleted: a wrong one is revoked and a new
 * one issued, so every number printed stays answerable when the city checks it.
 */
export function createCertificateRepository(db: LedgerDatabase, ctx: WriteContext) {
  const store = createEntityStore<CertificateFields, CertificateDoc>(db.certificates, 'certificate', ctx);
  // Numbers are looked up as typed off paper, in any case: store them in one.
  const stationCode = () => ctx.stationId.toUpperCase();
  const newestFirst = () => db.certificates.find({ sort: [{ year: 'desc' }, { sequence: 'desc' }] });

  async function nextSequence(year: number): Promise<number> {
    const sameYear = await db.certificates.find({ selector: { year } }).exec();
    return nextCertificateSequence(sameYear, year);
  }

  /** Usually one; more when two PCs gave out the same number offline (see domain/certificates/duplicateNumbers). */
  async function findAllByNumber(number: string): Promise<CertificateDoc[]> {
    const docs = await db.certificates.find({ selector: { number: normalizeCertificateNumber(number) } }).exec();
    return docs.map(toPlain);
  }

  /**
   * The star level on the issue date, from every hour the volunteer served up to it: activities and the
   * duty shifts they were credited on (credits are after the daily limit, as the volunteer's page counts them).
   */
  async function starsOn(volunteerId: string, issuedDate: string): Promise<number> {
    const upToIssue = { date: { $lte: issuedDate } };
    const activities = await db.activities.find({ selector: { ...upToIssue, participants: { $elemMatch: { volunteerId } } } }).exec();
    const shifts = await db.shifts.find({ selector: { ...upToIssue, credits: { $elemMatch: { volunteerId } } } }).exec();
    const served = [...activities.map((a) => ({ date: a.date, people: a.participants })), ...shifts.map((s) => ({ date: s.date, people: s.credits }))];
    return starLevel(serviceHoursToDate(served, volunteerId, issuedDate));
  }

  async function statusOf(certificate: CertificateDoc): Promise<FoundStatus> {
    if ((await computeVerificationCode(certificate)) !== certificate.verificationCode) return 'registerAltered';
    return certificate.revokedAt === '' ? 'valid' : 'revoked';
  }

  return {
    get: (id: string) => store.get(id),
    get$: (id: string): Observable<CertificateDoc | null> =>
      db.certificates.findOne(id).$.pipe(map((doc) => (doc ? toPlain(doc) : null))),
    all$: (): Observable<CertificateDoc[]> => newestFirst().$.pipe(map((docs) => docs.map(toPlain))),
    all: async (): Promise<CertificateDoc[]> => (await newestFirst().exec()).map(toPlain),
    findAllByNumber,
    /** Every certificate carrying `number`: one, or more after two PCs gave it out offline. */
    withNumber$: (number: string): Observable<CertificateDoc[]> =>
      db.certificates.find({ selector: { number: normalizeCertificateNumber(number) } }).$.pipe(map((docs) => docs.map(toPlain))),

    /** The number the next certificate issued on `issuedDate` will get (shown before issuing). */
    async previewNumber(issuedDate: string): Promise<string> {
      const year = yearOf(issuedDate);
      return formatCertificateNumber(stationCode(), year, await nextSequence(year));
    },

    /**
     * Issues a certificate: validates the request, copies the volunteer's particulars, computes hours and
     * sessions from the activity records of the period and the star level from all service up to the issue
     * date, numbers it and derives its verification code.
     */
    async issue(input: unknown): Promise<CertificateDoc> {
      const parsed = parseCertificateRequest(input);
      if (!parsed.ok) throw new ValidationError(parsed.issues);
      const request = parsed.value;
      if (!ctx.stationId) throw new ValidationError([{ field: 'issuer', key: NO_STATION_KEY }]);
      // The number carries the station's code: one printed under a provisional code would never verify.
      if (isProvisionalCode(ctx.stationId)) throw new ValidationError([{ field: 'issuer', key: PROVISIONAL_STATION_KEY }]);
      const issues: FieldIssue[] = [];
      if (request.periodTo > request.issuedDate) issues.push({ field: 'periodTo', key: PERIOD_AFTER_ISSUE_KEY });

      const volunteer = await db.volunteers.findOne(request.volunteerId).exec();
      if (!volunteer) throw new NotFoundError(request.volunteerId);
      const activities = await db.activities
        .find({ selector: { date: { $gte: request.periodFrom, $lte: request.periodTo }, participants: { $elemMatch: { volunteerId: volunteer.id } } } })
        .exec();
      const service = summarizeVolunteerService(activities.map(toPlain), volunteer.id, { from: request.periodFrom, to: request.periodTo });
      if (service.sessions === 0) issues.push({ field: 'periodFrom', key: NO_SERVICE_KEY });
      if (issues.length > 0) throw new ValidationError(issues);

      const year = yearOf(request.issuedDate);
      const sequence = await nextSequence(year);
      const number = formatCertificateNumber(stationCode(), year, sequence);
      const verificationCode = await computeVerificationCode({
        number,
        idNumber: volunteer.idNumber,
        hours: service.hours,
        periodFrom: request.periodFrom,
        periodTo: request.periodTo,
      });
      return store.insert({
        ...request,
        number,
        verificationCode,
        volunteerName: volunteer.name,
        idType: volunteer.idType,
        idNumber: volunteer.idNumber,
        volunteerNo: volunteer.volunteerNo,
        hours: service.hours,
        sessions: service.sessions,
        stars: await starsOn(volunteer.id, request.issuedDate),
        year,
        sequence,
        revokedAt: '',
        revokedReason: '',
      });
    },

    /** Marks a certificate void (wrong hours, lost and reissued); it stays in the register with its number. */
    async revoke(id: string, reason: string, date: string): Promise<CertificateDoc> {
      const current = await store.get(id);
      if (!current) throw new NotFoundError(id);
      const trimmed = reason.trim();
      if (trimmed === '') throw new ValidationError([{ field: 'revokedReason', key: 'validation.required' }]);
      if (trimmed.length > REVOKE_REASON_MAX) throw new ValidationError([{ field: 'revokedReason', key: 'validation.tooLong' }]);
      return store.patch(id, { revokedAt: date, revokedReason: trimmed });
    },

    /**
     * Checks a printed certificate: its number must be in the register, the code typed must be the one
     * issued, and the register entry must still produce that code (an entry edited later does not). When
     * several certificates share the number, each is matched by its own code.
     */
    async verify(number: string, code: string): Promise<VerificationResult> {
      const sameNumber = await findAllByNumber(number);
      if (sameNumber.length === 0) return { status: 'unknownNumber' };
      const typed = normalizeVerificationCode(code);
      const matching = sameNumber.filter((c) => c.verificationCode === typed);
      const checked = await Promise.all(matching.map(async (certificate) => ({ certificate, status: await statusOf(certificate) })));
      checked.sort((a, b) => STATUS_PREFERENCE.indexOf(a.status) - STATUS_PREFERENCE.indexOf(b.status));
      const best = checked[0];
      if (!best) return { status: 'codeMismatch' };
      return { status: best.status, certificate: best.certificate, sharedWith: sameNumber.length - 1 };
    },
  };
}
