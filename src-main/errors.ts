/**
 * Errors the main process sends back over IPC. Electron passes only the message across, so the message
 * starts with a stable code the renderer can map to its own (translated) text, followed by an English
 * detail for diagnostics. Details never contain passwords, ID numbers or phone numbers.
 */
export const DESKTOP_ERROR_CODES = [
  'forbidden-sender',
  'invalid-request',
  'file-too-large',
  'encryption-unavailable',
  'credentials-unreadable',
] as const;

export type DesktopErrorCode = (typeof DESKTOP_ERROR_CODES)[number];

export class DesktopError extends Error {
  readonly code: DesktopErrorCode;

  constructor(code: DesktopErrorCode, detail: string) {
    super(`${code}: ${detail}`);
    this.name = 'DesktopError';
    this.code = code;
  }
}
