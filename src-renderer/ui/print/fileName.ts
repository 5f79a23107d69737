/** Characters Windows refuses in file names. */
const UNSAFE = /[\\/:*?"<>|]+/g;
const FIRST_PRINTABLE = 0x20;
const MAX_LENGTH = 120;

/**
 * A PDF name the save dialog accepts on every system: unsafe and control characters become hyphens, runs
 * of spaces and hyphens collapse, and the name is cut to a length Windows paths tolerate.
 */
export function safeFileName(name: string, fallback = 'document'): string {
  const printable = Array.from(name, (c) => (c.charCodeAt(0) < FIRST_PRINTABLE ? '-' : c)).join('');
  const cleaned = printable
    .replace(UNSAFE, '-')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    .trim()
    .replace(/^[-.\s]+|[-.\s]+$/g, '')
    .slice(0, MAX_LENGTH);
  return cleaned === '' ? fallback : cleaned;
}
