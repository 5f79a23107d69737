import type { DesktopApi } from './api';

/** The DesktopApi the Electron preload exposed, or null when the app runs in a plain browser. */
export function getDesktopApi(): DesktopApi | null {
  return typeof window === 'undefined' ? null : (window.stationLedger ?? null);
}

export function isDesktop(): boolean {
  return getDesktopApi() !== null;
}

/**
 * Codes the main process puts at the start of its error messages (see src-main/errors.ts).
 * Electron passes only the message through IPC, wrapped as
 * "Error invoking remote method 'save-file': DesktopError: file-too-large: ...".
 */
export const DESKTOP_ERROR_CODES = [
  'forbidden-sender',
  'invalid-request',
  'file-too-large',
  'encryption-unavailable',
  'credentials-unreadable',
] as const;

export type DesktopErrorCode = (typeof DESKTOP_ERROR_CODES)[number];

/** The code of an error thrown by a DesktopApi call, or null for any other error. */
export function desktopErrorCode(error: unknown): DesktopErrorCode | null {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return DESKTOP_ERROR_CODES.find((code) => message.includes(`${code}: `)) ?? null;
}
