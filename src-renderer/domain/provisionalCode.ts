/**
 * A station may start before the city has issued its code: it gets a provisional one, which no server
 * accepts (the city never issues codes with this prefix), so nothing recorded under it can have reached
 * the server. When the city's set-up file arrives, its code replaces the provisional one on every record.
 */
export const PROVISIONAL_PREFIX = 'LOCAL-';

export function isProvisionalCode(code: string): boolean {
  return code.toUpperCase().startsWith(PROVISIONAL_PREFIX);
}

export function newProvisionalCode(): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `${PROVISIONAL_PREFIX}${Array.from(random, (n) => n.toString(36).toUpperCase().padStart(7, '0')).join('')}`;
}
