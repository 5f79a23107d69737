import type { z } from 'zod';
import { messages } from '../messages';
import { CouchError, errorFromStatus, networkErrorCode } from './errors';

export interface CouchCredentials {
  username: string;
  password: string;
}

export interface CouchRequest {
  body?: unknown;
  /** Statuses answered with `null` instead of an error (typically 404). */
  nullOn?: readonly number[];
}

/** 30 seconds: view builds on a big roll-up database can take a while on the first query. */
export const REQUEST_TIMEOUT_MS = 30 * 1000;

export function basicAuthHeader(credentials: CouchCredentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`, 'utf8').toString('base64')}`;
}

/** `/db/id` with each part encoded; `_design/x` keeps its slash, as CouchDB expects. */
export function docPath(db: string, id: string): string {
  const docPart = id.startsWith('_design/') ? `_design/${encodeURIComponent(id.slice('_design/'.length))}` : encodeURIComponent(id);
  return `/${encodeURIComponent(db)}/${docPart}`;
}

export function dbPath(db: string, rest = ''): string {
  return `/${encodeURIComponent(db)}${rest}`;
}

const JSON_PARAMS = new Set(['key', 'keys', 'startkey', 'endkey']);

/** A query string; view keys are JSON, everything else plain. */
export function query(params: Record<string, string | number | boolean | readonly unknown[]>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    search.set(key, JSON_PARAMS.has(key) || typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  return `?${search.toString()}`;
}

/**
 * A small CouchDB HTTP client: fetch with basic auth, every answer checked against a zod schema,
 * failures turned into CouchError with a message the administrator can act on. The password is only
 * ever put into the Authorization header.
 */
export class CouchClient {
  readonly baseUrl: string;
  readonly username: string;
  readonly #authorization: string;
  /**
   * The server's clock at its last answer (`Date`, to the second), or null before any: what the CLI
   * measures "how long ago" against, so an administrator's PC with a wrong clock still counts right.
   */
  lastServerDateMs: number | null = null;

  constructor(
    baseUrl: string,
    credentials: CouchCredentials,
    private readonly timeoutMs = REQUEST_TIMEOUT_MS,
  ) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.username = credentials.username;
    this.#authorization = basicAuthHeader(credentials);
  }

  get<T>(path: string, schema: z.ZodType<T>): Promise<T> {
    return this.request('GET', path, schema).then(required);
  }

  getOrNull<T>(path: string, schema: z.ZodType<T>): Promise<T | null> {
    return this.request('GET', path, schema, { nullOn: [404] });
  }

  put<T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<T> {
    return this.request('PUT', path, schema, { body }).then(required);
  }

  post<T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<T> {
    return this.request('POST', path, schema, { body }).then(required);
  }

  async request<T>(method: string, path: string, schema: z.ZodType<T>, options: CouchRequest = {}): Promise<T | null> {
    const what = `${method} ${path.split('?')[0] ?? path}`;
    let response: Response;
    try {
      response = await fetch(this.baseUrl + path, {
        method,
        headers: {
          authorization: this.#authorization,
          accept: 'application/json',
          ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') {
        throw new CouchError('timeout', messages.timeout(this.baseUrl, Math.round(this.timeoutMs / 1000)));
      }
      const code = networkErrorCode(error);
      if (code !== null) throw new CouchError('unreachable', messages.unreachable(this.baseUrl, code));
      throw error;
    }
    const serverDate = Date.parse(response.headers.get('date') ?? '');
    if (Number.isFinite(serverDate)) this.lastServerDateMs = serverDate;
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text === '' ? null : JSON.parse(text);
    } catch {
      throw new CouchError('badResponse', messages.badResponse(what), response.status);
    }
    if (!response.ok) {
      if (options.nullOn?.includes(response.status)) return null;
      const body = typeof json === 'object' && json !== null ? (json as { error?: unknown; reason?: unknown }) : {};
      throw errorFromStatus(what, this.username, response.status, body);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new CouchError('badResponse', messages.badResponse(what), response.status);
    return parsed.data;
  }
}

function required<T>(value: T | null): T {
  if (value === null) throw new Error('unreachable: only nullOn statuses give null');
  return value;
}
