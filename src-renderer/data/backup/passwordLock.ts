import { z } from 'zod';

/**
 * A backup file locked with a password, for the copy that goes on a USB stick: it holds ID numbers and
 * phones. The backup's bytes are encrypted whole with AES-256-GCM (Web Crypto, in Chromium, Electron and
 * Node alike) under a key derived from the password by PBKDF2-SHA-256. GCM authenticates: a wrong password
 * and an altered file both fail to open, and nothing of either is ever restored.
 *
 * Layout: one line of magic, one line of JSON (the key derivation's salt and count, the nonce, and what the
 * keeper may see before typing the password: the station and when it was made), then the ciphertext.
 */
const MAGIC = 'station-ledger-locked-backup';
const LOCK_VERSION = 1;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256: about half a second on an office PC, once per file. */
export const PBKDF2_ITERATIONS = 600_000;
/** Short passwords on a stick that may be lost are guessed offline; six characters is the least we accept. */
export const MIN_PASSWORD_LENGTH = 6;

const lockHeaderSchema = z.object({
  version: z.number().int().min(1),
  iterations: z.number().int().min(100_000).max(10_000_000),
  salt: z.string().min(1),
  iv: z.string().min(1),
  stationCode: z.string(),
  createdAt: z.string(),
});
export type LockHeader = z.infer<typeof lockHeaderSchema>;

export type LockProblem = 'notLocked' | 'damaged' | 'newerFormat' | 'wrongPassword';

export class LockError extends Error {
  constructor(readonly problem: LockProblem) {
    super(`locked backup: ${problem}`);
    this.name = 'LockError';
  }
}

/**
 * The password as the key is made from it. A keeper types it once with the input method in full-width
 * mode and once in half-width mode; NFKC makes "１２３ａｂｃ" and "123abc" the same password (the form says
 * so). Nothing else is changed: spaces count.
 */
export function normalisedPassword(password: string): string {
  return password.normalize('NFKC');
}

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function keyOf(password: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(normalisedPassword(password)), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt.slice().buffer, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

const MAGIC_BYTES = new TextEncoder().encode(`${MAGIC}\n`);

export function isLocked(data: Uint8Array): boolean {
  return data.length > MAGIC_BYTES.length && MAGIC_BYTES.every((b, i) => data[i] === b);
}

export async function lockBackup(data: Uint8Array, password: string, shown: Pick<LockHeader, 'stationCode' | 'createdAt'>, iterations = PBKDF2_ITERATIONS): Promise<Uint8Array> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const header: LockHeader = { version: LOCK_VERSION, iterations, salt: toBase64(salt), iv: toBase64(iv), ...shown };
  const headerBytes = new TextEncoder().encode(`${JSON.stringify(header)}\n`);
  const key = await keyOf(password, salt, iterations);
  // The header is bound to the ciphertext as associated data: changing what it shows breaks the file.
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv.slice().buffer, additionalData: headerBytes.slice().buffer }, key, data.slice().buffer));
  const out = new Uint8Array(MAGIC_BYTES.length + headerBytes.length + sealed.length);
  out.set(MAGIC_BYTES, 0);
  out.set(headerBytes, MAGIC_BYTES.length);
  out.set(sealed, MAGIC_BYTES.length + headerBytes.length);
  return out;
}

function split(data: Uint8Array): { header: LockHeader; headerBytes: Uint8Array; sealed: Uint8Array } {
  if (!isLocked(data)) throw new LockError('notLocked');
  const start = MAGIC_BYTES.length;
  const end = data.indexOf(0x0a, start);
  if (end < 0) throw new LockError('damaged');
  const headerBytes = data.subarray(start, end + 1);
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(headerBytes));
  } catch {
    throw new LockError('damaged');
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > LOCK_VERSION) throw new LockError('newerFormat');
  const header = lockHeaderSchema.safeParse(raw);
  if (!header.success) throw new LockError('damaged');
  return { header: header.data, headerBytes, sealed: data.subarray(end + 1) };
}

/** What a locked file shows before its password is typed. */
export function lockedHeader(data: Uint8Array): LockHeader {
  return split(data).header;
}

export async function unlockBackup(data: Uint8Array, password: string): Promise<Uint8Array> {
  const { header, headerBytes, sealed } = split(data);
  let salt: Uint8Array;
  let iv: Uint8Array;
  try {
    [salt, iv] = [fromBase64(header.salt), fromBase64(header.iv)];
  } catch {
    throw new LockError('damaged');
  }
  const key = await keyOf(password, salt, header.iterations);
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv.slice().buffer, additionalData: headerBytes.slice().buffer }, key, sealed.slice().buffer));
  } catch {
    // GCM cannot tell a wrong password from altered bytes; the message names both.
    throw new LockError('wrongPassword');
  }
}
