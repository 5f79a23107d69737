import { z } from 'zod';
import { ID_TYPES } from '../catalog';
import { MAX_STARS } from '../honours/starLevel';
import { issuesFromZod, type Parsed } from '../issues';
import { docMetaShape, isoDateSchema, requiredText, type DocMeta } from './common';

/**
 * One issued 志愿服务记录证明, kept in a replicated register so the city can check a printed
 * certificate's verification code against it. The volunteer's name and documents are copied in at issue
 * time: the certificate states what was true that day, even if the volunteer's record changes later.
 */
export const certificateDocSchema = z.object({
  ...docMetaShape,
  /** Station code + year + sequence, e.g. JN-LX-001-2024-0007. */
  number: z.string().max(80),
  /** 8 base32 characters (domain/certificates/verificationCode.ts). */
  verificationCode: z.string().max(20),
  volunteerId: z.string().max(64),
  volunteerName: z.string().max(30),
  idType: z.enum(ID_TYPES),
  idNumber: z.string().max(30),
  volunteerNo: z.string().max(40),
  periodFrom: z.string().max(10),
  periodTo: z.string().max(10),
  hours: z.number().min(0),
  sessions: z.number().int().min(0),
  /**
   * The star level (星级志愿者) the certificate states: computed at issue from every hour served up to the
   * issue date, activities and duty shifts together, never typed. 0 states none, as on certificates issued
   * before stars were printed.
   */
  stars: z.number().int().min(0).max(MAX_STARS),
  content: z.string().max(2000),
  issuer: z.string().max(80),
  personInCharge: z.string().max(30),
  handler: z.string().max(30),
  contact: z.string().max(40),
  issuedDate: z.string().max(10),
  year: z.number().int(),
  sequence: z.number().int().min(1),
  /** '' while valid; the date it was revoked otherwise. A revoked certificate stays in the register. */
  revokedAt: z.string().max(10),
  revokedReason: z.string().max(200),
});
export type CertificateDoc = z.infer<typeof certificateDocSchema>;
export type CertificateFields = Omit<CertificateDoc, keyof DocMeta>;

/**
 * What the keeper chooses when issuing. Hours, sessions and the volunteer's particulars are not taken
 * from the form: the register computes them from the records, so a certificate always matches the ledger.
 */
export const certificateRequestSchema = z
  .object({
    volunteerId: requiredText(64),
    periodFrom: isoDateSchema,
    periodTo: isoDateSchema,
    content: requiredText(2000),
    issuer: requiredText(80),
    personInCharge: requiredText(30),
    handler: requiredText(30),
    contact: requiredText(40),
    issuedDate: isoDateSchema,
  })
  .refine((c) => c.periodTo >= c.periodFrom, { path: ['periodTo'], message: 'validation.date.endBeforeStart' });
export type CertificateRequest = z.output<typeof certificateRequestSchema>;

export function parseCertificateRequest(input: unknown): Parsed<CertificateRequest> {
  const parsed = certificateRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  return { ok: true, value: parsed.data };
}

export const REVOKE_REASON_MAX = 200;
