import { z } from 'zod';
import { docMetaShape, optionalIsoDateSchema, optionalText, refIdSchema } from '../../domain/entities/common';
import { HONOUR_KINDS, HONOUR_LEVELS, HONOUR_LINK_KINDS, HONOUR_LINK_REFERS, honourLinkProblem } from '../../domain/honours/honourKinds';
import { toHalfWidth } from '../../domain/halfWidth';
import { issuesFromZod, type Parsed } from '../../domain/issues';
import { DATE_YEARS } from '../fieldRule';

const NAME_MAX = 80;
const TITLE_MAX = 100;
const BATCH_MAX = 40;
const NOTES_MAX = 500;

/**
 * One honour (表彰) the station keeps on record: what kind, at which level, in which year and batch, and whom
 * it honours — a volunteer, team or project of the station (by id), or a family or community by name.
 * This is the one definition of the stored document; the RxDB schema and the server's checks derive from it.
 */
export const honourDocSchema = z.object({
  ...docMetaShape,
  kind: z.enum(HONOUR_KINDS),
  level: z.enum(HONOUR_LEVELS),
  year: z.number().int().min(DATE_YEARS.min).max(DATE_YEARS.max),
  /** 第三批 and the like; '' when the honour came in no batch. */
  batch: z.string().max(BATCH_MAX),
  /** The honour's own wording as awarded (2024年度济南市优秀志愿者); '' to use the kind's name. */
  title: z.string().max(TITLE_MAX),
  /** 授予单位; '' when not recorded. */
  awardedBy: z.string().max(NAME_MAX),
  awardedDate: z.string().max(10),
  linkKind: z.enum(HONOUR_LINK_KINDS),
  /** The honoured volunteer, team or project; '' when it is a family or community named in linkName. */
  linkId: z.string().max(64),
  linkName: z.string().max(NAME_MAX),
  notes: z.string().max(NOTES_MAX),
});
export type HonourDoc = z.infer<typeof honourDocSchema>;

/** What the form sends: the year may come typed as text; texts are trimmed. */
export const honourInputSchema = z
  .object({
    kind: z.enum(HONOUR_KINDS, { error: 'validation.required' }),
    level: z.enum(HONOUR_LEVELS, { error: 'validation.required' }),
    // Typed with a Chinese input method the digits may be full-width (２０２４); blank is not year 0.
    year: z.preprocess(
      (raw) => (typeof raw === 'string' ? (toHalfWidth(raw).trim() === '' ? undefined : toHalfWidth(raw).trim()) : raw),
      z.coerce.number({ error: 'validation.honours.year' })
      .int('validation.honours.year')
      .min(DATE_YEARS.min, 'validation.honours.year')
      .max(DATE_YEARS.max, 'validation.honours.year'),
    ),
    batch: optionalText(BATCH_MAX),
    title: optionalText(TITLE_MAX),
    awardedBy: optionalText(NAME_MAX),
    awardedDate: optionalIsoDateSchema,
    linkKind: z.enum(HONOUR_LINK_KINDS, { error: 'validation.required' }),
    linkId: refIdSchema.default(''),
    linkName: optionalText(NAME_MAX),
    notes: optionalText(NOTES_MAX),
  })
  .superRefine((honour, ctx) => {
    if (honourLinkProblem(honour.kind, honour.linkKind)) ctx.addIssue({ code: 'custom', path: ['linkKind'], message: 'validation.honours.link' });
    const byRecord = HONOUR_LINK_REFERS[honour.linkKind] === 'record';
    if (byRecord && honour.linkId === '') ctx.addIssue({ code: 'custom', path: ['linkId'], message: 'validation.required' });
    if (!byRecord && honour.linkName === '') ctx.addIssue({ code: 'custom', path: ['linkName'], message: 'validation.required' });
    if (honour.awardedDate !== '' && Number(honour.awardedDate.slice(0, 4)) !== honour.year) {
      ctx.addIssue({ code: 'custom', path: ['awardedDate'], message: 'validation.honours.dateYear' });
    }
  });
export type HonourInput = z.input<typeof honourInputSchema>;
export type HonourFields = Omit<HonourDoc, keyof typeof docMetaShape>;

/** The form's values as stored: a record link keeps no name, a named link no id, so the two never disagree. */
export function parseHonourInput(input: unknown): Parsed<HonourFields> {
  const parsed = honourInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const value = parsed.data;
  const byRecord = HONOUR_LINK_REFERS[value.linkKind] === 'record';
  return { ok: true, value: { ...value, linkId: byRecord ? value.linkId : '', linkName: byRecord ? '' : value.linkName } };
}
