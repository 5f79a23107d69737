import { toHalfWidth } from './halfWidth';

export type PhoneKind = 'mobile' | 'landline';
export type PhoneCheck = { ok: true; value: string; kind: PhoneKind } | { ok: false };

export const PHONE_INVALID_KEY = 'validation.phone.invalid';

const MOBILE = /^1[3-9]\d{9}$/;
/** Mainland mobiles with the country code people paste from contacts (+86, 0086, or 86 once Excel ate the +). */
const MOBILE_WITH_COUNTRY = /^(?:\+?86|0086)?(1[3-9]\d{9})$/;
/** 010 and 02x are the only 3-digit area codes; every other one has 4 digits (0 + 3). */
const AREA_CODE = '0(?:10|2\\d|[3-9]\\d{2})';
/** Local numbers never start with 0 (that is an area code) or 1 (that is a mobile cut short). */
const LOCAL_NUMBER = '[2-9]\\d{6,7}';
const EXTENSION = '\\d{1,6}';
const LANDLINE = new RegExp(`^(?:${AREA_CODE}-)?${LOCAL_NUMBER}(?:-${EXTENSION})?$`);
/** Area code and local number with the separators already removed; the split is unambiguous (see AREA_CODE). */
const LANDLINE_DIGITS = new RegExp(`^(${AREA_CODE})?(${LOCAL_NUMBER})$`);
const LANDLINE_PARTS = new RegExp(`^(?:(${AREA_CODE})-)?(${LOCAL_NUMBER})(?:-(${EXTENSION}))?$`);
const EXTENSION_ONLY = new RegExp(`^${EXTENSION}$`);

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63]/g;
const SEPARATORS = /[\s\-()]+/;
const EXTENSION_MARK = /转|分机|ext\.?/i;

function formatLandline(digits: string, extension: string | undefined): string | null {
  const m = LANDLINE_DIGITS.exec(digits);
  if (m === null) return null;
  const [, area, local = ''] = m;
  return (area !== undefined ? `${area}-` : '') + local + (extension !== undefined ? `-${extension}` : '');
}

/**
 * One spelling per number so that duplicates are found and search works: mobiles as 11 bare digits,
 * landlines as "0531-88888888" (with "-123" for an extension), whatever spaces, dashes or brackets were typed.
 * Anything that does not look like a phone number comes back trimmed and half-width, and checkPhone refuses it.
 */
export function normalizePhone(raw: string): string {
  const text = toHalfWidth(raw).replace(DASHES, '-').trim();
  const mobile = MOBILE_WITH_COUNTRY.exec(text.split(SEPARATORS).join(''));
  if (mobile?.[1] !== undefined) return mobile[1];

  const [main = '', markedExtension, ...rest] = text.split(EXTENSION_MARK).map((s) => s.trim());
  if (rest.length > 0) return text;
  const groups = main.split(SEPARATORS).filter((g) => g !== '');
  if (markedExtension !== undefined) {
    return EXTENSION_ONLY.test(markedExtension) ? (formatLandline(groups.join(''), markedExtension) ?? text) : text;
  }
  const whole = formatLandline(groups.join(''), undefined);
  if (whole !== null) return whole;
  // "0531-88888888-123": the last group is an extension only when the rest is a complete number.
  const last = groups.at(-1);
  if (groups.length >= 2 && last !== undefined && EXTENSION_ONLY.test(last)) {
    return formatLandline(groups.slice(0, -1).join(''), last) ?? text;
  }
  return text;
}

export function checkPhone(raw: string): PhoneCheck {
  const value = normalizePhone(raw);
  if (MOBILE.test(value)) return { ok: true, value, kind: 'mobile' };
  if (LANDLINE.test(value)) return { ok: true, value, kind: 'landline' };
  return { ok: false };
}

/** For lists: "138****1234"; a landline keeps its area code and last 2 digits ("0531-******88"). */
export function maskPhone(value: string): string {
  const phone = checkPhone(value);
  if (!phone.ok) {
    const v = value.trim();
    return v.length <= 4 ? '*'.repeat(v.length) : '*'.repeat(v.length - 2) + v.slice(-2);
  }
  if (phone.kind === 'mobile') return `${phone.value.slice(0, 3)}****${phone.value.slice(-4)}`;

  const [, area, local = '', extension] = LANDLINE_PARTS.exec(phone.value) ?? [];
  const maskedLocal = '*'.repeat(local.length - 2) + local.slice(-2);
  return (
    (area !== undefined ? `${area}-` : '') + maskedLocal + (extension !== undefined ? `-${'*'.repeat(extension.length)}` : '')
  );
}
