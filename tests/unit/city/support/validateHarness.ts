import { runInNewContext } from 'node:vm';
import { buildDocSpecs } from '../../../../src-city/design/docSpec';
import { stationValidateSource } from '../../../../src-city/design/stationValidate';

export const STATION_ID = 'JN-LX-001';
export const USER = 'station-jn-lx-001';

export interface UserCtx {
  name: string | null;
  roles: string[];
}
type Validate = (newDoc: unknown, oldDoc: unknown, userCtx: UserCtx, secObj: unknown) => void;

export const stationUser: UserCtx = { name: USER, roles: ['station'] };
export const serverAdmin: UserCtx = { name: 'city-admin', roles: ['_admin'] };

/** The station's validate_doc_update source, as `init` installs it. */
export const validateSource = stationValidateSource({ stationId: STATION_ID, username: USER, specs: buildDocSpecs() });

// CouchDB evaluates the stored text as a function expression in a sandbox; so do we.
const validate = runInNewContext(`(${validateSource})`) as Validate;

/** null when accepted, else CouchDB's error object ({forbidden: reason} or {unauthorized: reason}). */
export function outcome(doc: unknown, user: UserCtx = stationUser, oldDoc: unknown = null): Record<string, string> | null {
  try {
    validate(doc, oldDoc, user, {});
    return null;
  } catch (thrown) {
    return thrown as Record<string, string>;
  }
}
