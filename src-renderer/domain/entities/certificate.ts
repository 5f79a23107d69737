import { z } from 'zod';
import { ID_TYPES } from '../catalog';
import { docMetaShape } from './common';

/**
 * One issued 志愿服务记录证明, kept in a replicated register so the city can check a printed
 * certificate's verification code against it.
 */
export const certificateDocSchema = z.object({
  ...docMetaShape,
  /** Station code + year + sequence, e.g. JN-LX-001-2024-0007. */
  number: z.string().max(80),
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
  content: z.string().max(2000),
  issuer: z.string().max(80),
  personInCharge: z.string().max(30),
  handler: z.string().max(30),
  contact: z.string().max(40),
  issuedDate: z.string().max(10),
  year: z.number().int(),
  sequence: z.number().int().min(1),
});
export type CertificateDoc = z.infer<typeof certificateDocSchema>;
