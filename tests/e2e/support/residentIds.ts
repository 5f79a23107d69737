/**
 * Resident ID numbers for the e2e tests, computed here by GB 11643 rather than by the app's own code, so a
 * fault in the app's check cannot make its own test data agree with it.
 */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_CHARS = '10X98765432';

/** A real-format resident ID number: the 17 digits given and their check character. */
export function residentId(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`residentId() needs 17 digits, got "${first17}"`);
  let sum = 0;
  ID_WEIGHTS.forEach((weight, i) => (sum += weight * Number(first17.charAt(i))));
  return first17 + ID_CHECK_CHARS.charAt(sum % 11);
}

/** The same number with a check character that does not fit it (a one-key typo at the end). */
export function withWrongCheckChar(id: string): string {
  const right = ID_CHECK_CHARS.indexOf(id.charAt(17));
  return id.slice(0, 17) + ID_CHECK_CHARS.charAt((right + 1) % ID_CHECK_CHARS.length);
}
