import { toHalfWidth } from '../halfWidth';

/** No masked ID number or phone is longer; the check stays cheap on any cell. */
const MAX_MASKED_LENGTH = 40;
const MASK_CHARACTERS = /^[\dA-Za-z*+-]+$/;

/**
 * What the export's masking leaves of an ID number or phone (370***********0015, 138****1234,
 * 0531-******88): digits with a run of stars. A keeper who re-imports the default export has these.
 */
export function looksMasked(text: string): boolean {
  const value = toHalfWidth(text).replace(/\s+/g, '');
  return value.length <= MAX_MASKED_LENGTH && value.includes('**') && MASK_CHARACTERS.test(value);
}
