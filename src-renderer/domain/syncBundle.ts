import { z } from 'zod';

/**
 * Hand-carried sync (U盘同步): a station PC with no link writes its unsent changes to a signed file, the city
 * imports it (`npm run city -- bundle import`), and a signed return bundle brings the server's changes and
 * the acknowledgement back (`bundle export`). This file is the format both sides read: pure, so the app and
 * the city CLI check it with the same code.
 *
 * The signature is HMAC-SHA256 over the canonical body with the station's bundle key, which the city issues
 * in the set-up file and keeps in its admin-only registry. It tells the city the file came from that
 * station unaltered; it is no secret from the station (every PC of it holds the key).
 */
export const SYNC_BUNDLE_FORMAT = 'station-ledger/sync-bundle';
export const SYNC_BUNDLE_VERSION = 1;
export const SYNC_BUNDLE_SUFFIX = '.bundle.json';
/** 32 random bytes as base64url without padding. */
export const BUNDLE_KEY = /^[A-Za-z0-9_-]{43}$/;
export const bundleKeySchema = z.string().regex(BUNDLE_KEY);

/** CouchDB sequences are opaque (sync/pull.ts): carried and sent back, never compared. */
const sequence = z.union([z.string(), z.number()]);
export type BundleSequence = z.infer<typeof sequence>;

const state = z.record(z.string(), z.unknown());
export type BundleState = z.infer<typeof state>;

/**
 * One unsent record exactly as the PC's push receives it from RxDB: its version now and the version the PC
 * last knew the server to hold (null: the server never had it). The city runs the PC's own push code with
 * these (sync/push.ts), so what reaches the server is what a push over a link would have written.
 */
const rowSchema = z.object({ collection: z.string().min(1), assumed: state.nullable(), doc: state });
export type BundleRow = z.infer<typeof rowSchema>;

/** A change as CouchDB's `_changes?include_docs=true` lists it (the winning revision, deletions included). */
const changeSchema = z.object({
  id: z.string().min(1),
  deleted: z.boolean().optional(),
  changes: z.array(z.object({ rev: z.string() })).optional(),
  doc: z.record(z.string(), z.unknown()).nullable().optional(),
});
export type BundleChange = z.infer<typeof changeSchema>;

const feedSchema = z.object({ changes: z.array(changeSchema), lastSeq: sequence });
export type BundleFeed = z.infer<typeof feedSchema>;

const common = {
  bundleId: z.string().min(8).max(80),
  stationCode: z.string().min(1).max(40),
  database: z.string().min(1),
  pcId: z.string().min(1).max(120),
  /** The writer's clock, shown only: nothing depends on it (PC clocks are often wrong). */
  createdAt: z.string(),
};

export const stationBundleBodySchema = z.object({
  kind: z.literal('station'),
  ...common,
  /**
   * How far this PC has read the server: the distinct checkpoints of its collections in the station database
   * (null when one of them never pulled) and of the catalogue. The city's return bundle starts there.
   */
  pulled: z.object({ station: z.array(sequence).nullable(), catalog: sequence.nullable() }),
  rows: z.array(rowSchema),
});
export type StationBundleBody = z.infer<typeof stationBundleBodySchema>;

export const returnBundleBodySchema = z.object({
  kind: z.literal('return'),
  ...common,
  /** The station bundle this answers (null: none imported yet), and the PC that wrote it. */
  answers: z.string().nullable(),
  station: feedSchema,
  /** Absent when the catalogue was not asked for (the PC reads it from its own database). */
  catalog: feedSchema.nullable(),
  /** The rows of the answered bundle the server now holds, as the PC sent them: they are no longer unsent. */
  acknowledged: z.array(z.object({ collection: z.string().min(1), doc: state })),
  /** Records of that bundle the server holds differently: settled at the PC as a sync conflict. */
  conflicts: z.array(z.string()),
});
export type ReturnBundleBody = z.infer<typeof returnBundleBodySchema>;

const envelopeSchema = z.object({
  format: z.literal(SYNC_BUNDLE_FORMAT),
  version: z.number().int(),
  body: z.record(z.string(), z.unknown()),
  signature: z.string().regex(/^[0-9a-f]{64}$/),
});

/** Keys sorted at every level, no spaces: the same bytes for the same content on every machine. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function keyBytes(key: string): Uint8Array<ArrayBuffer> {
  const base64 = key.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A new bundle key: 256 random bits. */
export function newBundleKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function hmac(key: string, body: unknown): Promise<string> {
  const cryptoKey = await crypto.subtle.importKey('raw', keyBytes(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  // The format name is signed too, so a signature cannot be lifted into some other signed file of ours.
  const data = new TextEncoder().encode(`${SYNC_BUNDLE_FORMAT}\n${canonicalJson(body)}`);
  return toHex(await crypto.subtle.sign('HMAC', cryptoKey, data));
}

/** Compared in full whatever differs, so the time taken tells nothing about how much matched. */
function sameHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export type BundleBody = StationBundleBody | ReturnBundleBody;

/** The file's text: the body and its signature. */
export async function signBundle(body: BundleBody, key: string): Promise<string> {
  const envelope = { format: SYNC_BUNDLE_FORMAT, version: SYNC_BUNDLE_VERSION, body, signature: await hmac(key, body) };
  return `${JSON.stringify(envelope)}\n`;
}

export type BundleProblem = 'notJson' | 'wrongFormat' | 'newerVersion' | 'wrongKind' | 'otherStation' | 'badSignature' | 'invalid';

export type OpenedEnvelope = { ok: true; stationCode: string; body: Record<string, unknown>; signature: string } | { ok: false; problem: BundleProblem };

/** Reads the envelope without trusting it: which station it claims to be from, so its key can be looked up. */
export function openEnvelope(text: string): OpenedEnvelope {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== SYNC_BUNDLE_FORMAT) return { ok: false, problem: 'wrongFormat' };
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) return { ok: false, problem: 'invalid' };
  if (envelope.data.version > SYNC_BUNDLE_VERSION) return { ok: false, problem: 'newerVersion' };
  const code = envelope.data.body.stationCode;
  if (typeof code !== 'string') return { ok: false, problem: 'invalid' };
  return { ok: true, stationCode: code, body: envelope.data.body, signature: envelope.data.signature };
}

export type Verified<T> = { ok: true; body: T } | { ok: false; problem: BundleProblem };

/**
 * Checks a bundle of the expected kind from the expected station with that station's key: the signature
 * first (nothing of an altered file is read further), then the shape.
 */
export async function verifyBundle<K extends BundleBody['kind']>(
  text: string,
  expected: { kind: K; stationCode: string; key: string },
): Promise<Verified<Extract<BundleBody, { kind: K }>>> {
  const opened = openEnvelope(text);
  if (!opened.ok) return opened;
  if (opened.stationCode.toLowerCase() !== expected.stationCode.toLowerCase()) return { ok: false, problem: 'otherStation' };
  if (!sameHex(await hmac(expected.key, opened.body), opened.signature)) return { ok: false, problem: 'badSignature' };
  if (opened.body.kind !== expected.kind) return { ok: false, problem: 'wrongKind' };
  const schema = expected.kind === 'station' ? stationBundleBodySchema : returnBundleBodySchema;
  const parsed = schema.safeParse(opened.body);
  if (!parsed.success) return { ok: false, problem: 'invalid' };
  return { ok: true, body: parsed.data as Extract<BundleBody, { kind: K }> };
}

/** `<code>-<kind>-<time>.bundle.json`; the time only makes the names differ, it is not read back. */
export function bundleFileName(stationCode: string, kind: BundleBody['kind'], at: Date): string {
  const stamp = at.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `${stationCode}-${kind === 'station' ? 'to-city' : 'from-city'}-${stamp}${SYNC_BUNDLE_SUFFIX}`;
}
