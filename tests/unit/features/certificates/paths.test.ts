import { describe, expect, it } from 'vitest';
import { certificatePath, newCertificatePath, volunteerFromSearch } from '../../../../src-renderer/features/certificates/paths';

/** The query string of an in-app path, as the issue screen reads it. */
const searchOf = (path: string) => new URL(path, 'app://station').searchParams;

describe('the link from a volunteer page to the issue form', () => {
  it('carries the volunteer, whose id holds a colon, and reads back the same id', () => {
    const path = newCertificatePath('volunteer:01JABCD');
    expect(path.startsWith('/certificates/new?volunteer=')).toBe(true);
    expect(volunteerFromSearch(searchOf(path))).toBe('volunteer:01JABCD');
  });

  it('opens an empty form when no volunteer is given or the parameter is blank', () => {
    expect(newCertificatePath()).toBe('/certificates/new');
    expect(volunteerFromSearch(searchOf('/certificates/new'))).toBe('');
    expect(volunteerFromSearch(searchOf('/certificates/new?volunteer=%20'))).toBe('');
  });

  it('escapes a certificate id in its own path', () => {
    expect(certificatePath('certificate:01J/X')).toBe('/certificates/certificate%3A01J%2FX');
  });
});
