/**
 * Typed errors of the data client. Every error says what was asked (URL or CKAN action with its parameters) and
 * what came back (HTTP status, CKAN `error.__type` / message, a snippet of a malformed body).
 */

/**
 * What kind of failure a {@link DataError} is: no answer (`network`, `timeout`, `abort`), an answer that is not
 * a success (`http`, `ckan`), an answer that is not the data asked for (`schema`, `html-page`), or a guard of the
 * client that stopped it (`limit`: a size or count cap; `paging`: a DataStore that would page without end;
 * `origin`: a link or redirect to another origin).
 */
export type DataErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'ckan'
  | 'schema'
  | 'abort'
  | 'limit'
  | 'paging'
  | 'origin'
  | 'html-page';

/** What was asked. */
export interface RequestInfo {
  readonly url: string;
  readonly method: string;
  /** CKAN action name, e.g. `package_show`, when the request was a CKAN call. */
  readonly action?: string;
  /** The request's parameters as the caller gave them. */
  readonly params?: Readonly<Record<string, unknown>>;
}

/** What came back (as far as anything came back). */
export interface ResponseInfo {
  readonly status?: number;
  readonly statusText?: string;
  /** CKAN's `error.__type`, e.g. `Not Found Error`. */
  readonly ckanType?: string;
  /** CKAN's `error.message`, or its field errors printed. */
  readonly ckanMessage?: string;
  /** The first characters of the body (malformed JSON, an HTML error page …). */
  readonly snippet?: string;
  /** How many attempts were made before giving up. */
  readonly attempts?: number;
}

/** Length of body snippets carried by errors. */
export const SNIPPET_LENGTH = 200;

/** The first {@link SNIPPET_LENGTH} characters of a body, with an ellipsis when cut. */
export function snippetOf(text: string): string {
  return text.length > SNIPPET_LENGTH ? `${text.slice(0, SNIPPET_LENGTH)}…` : text;
}

function describeRequest(r: RequestInfo | undefined): string {
  if (!r) return '';
  if (r.action) {
    const params = r.params && Object.keys(r.params).length > 0 ? ` ${JSON.stringify(r.params)}` : '';
    return `CKAN ${r.action}${params} (${r.method} ${r.url})`;
  }
  return `${r.method} ${r.url}`;
}

function describeResponse(r: ResponseInfo | undefined): string {
  if (!r) return '';
  const parts: string[] = [];
  if (r.status !== undefined) parts.push(`HTTP ${r.status}${r.statusText ? ` ${r.statusText}` : ''}`);
  if (r.ckanType || r.ckanMessage) parts.push(`CKAN ${r.ckanType ?? 'error'}: ${r.ckanMessage ?? ''}`.trim());
  if (r.snippet !== undefined) parts.push(`isi: ${JSON.stringify(r.snippet)}`);
  if (r.attempts !== undefined && r.attempts > 1) parts.push(`setelah ${r.attempts} percobaan`);
  return parts.join('; ');
}

/** Options shared by every {@link DataError} constructor. */
export interface DataErrorOptions {
  readonly request?: RequestInfo;
  readonly response?: ResponseInfo;
  readonly cause?: unknown;
}

/** Base class of every error the data client throws; switch on `kind`. */
export class DataError extends Error {
  readonly kind: DataErrorKind;
  readonly request: RequestInfo | undefined;
  readonly response: ResponseInfo | undefined;
  constructor(kind: DataErrorKind, summary: string, options: DataErrorOptions = {}) {
    const asked = describeRequest(options.request);
    const got = describeResponse(options.response);
    super([summary, asked && `permintaan: ${asked}`, got && `jawaban: ${got}`].filter(Boolean).join(' — '), {
      cause: options.cause,
    });
    this.name = 'DataError';
    this.kind = kind;
    this.request = options.request;
    this.response = options.response;
  }
}

/** The request never got an HTTP answer (DNS, refused connection, reset, body cut off). Retried. */
export class NetworkError extends DataError {
  constructor(options: DataErrorOptions = {}) {
    super('network', 'Gagal terhubung ke server', options);
    this.name = 'NetworkError';
  }
}

/** No answer within the timeout (which covers all attempts and the waits between them). */
export class TimeoutError extends DataError {
  readonly timeoutMs: number;
  constructor(timeoutMs: number, options: DataErrorOptions = {}) {
    super('timeout', `Tidak ada jawaban dalam ${timeoutMs} ms`, options);
    this.name = 'TimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

/** The server answered with a non-success HTTP status. */
export class HttpError extends DataError {
  readonly status: number;
  /** The body as text (up to 64 KB), for callers that read structured error bodies (CKAN does). */
  readonly bodyText: string;
  constructor(status: number, bodyText: string, options: DataErrorOptions = {}) {
    super('http', `Server menjawab HTTP ${status}`, options);
    this.name = 'HttpError';
    this.status = status;
    this.bodyText = bodyText;
  }
}

/** CKAN answered `success: false`; carries CKAN's error type and message. */
export class CkanError extends DataError {
  readonly ckanType: string;
  readonly ckanMessage: string;
  /** The whole CKAN `error` object (validation errors list messages per field). */
  readonly ckanError: Readonly<Record<string, unknown>>;
  constructor(ckanError: Readonly<Record<string, unknown>>, options: DataErrorOptions = {}) {
    const type = typeof ckanError.__type === 'string' ? ckanError.__type : 'Error';
    const message = ckanMessageOf(ckanError);
    super('ckan', `CKAN menolak permintaan: ${type}: ${message}`, {
      ...options,
      response: { ...options.response, ckanType: type, ckanMessage: message },
    });
    this.name = 'CkanError';
    this.ckanType = type;
    this.ckanMessage = message;
    this.ckanError = ckanError;
  }
}

function ckanMessageOf(error: Readonly<Record<string, unknown>>): string {
  if (typeof error.message === 'string') return error.message;
  const fields = Object.entries(error).filter(([k]) => k !== '__type');
  return fields.length > 0 ? fields.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('; ') : 'tanpa pesan';
}

/** The answer (or a whole source) does not have the expected shape: malformed JSON, a missing required column. */
export class SchemaError extends DataError {
  /** What was expected, in words. */
  readonly expected: string;
  constructor(expected: string, options: DataErrorOptions = {}) {
    super('schema', `Bentuk data tidak sesuai: diharapkan ${expected}`, options);
    this.name = 'SchemaError';
    this.expected = expected;
  }
}

/** The caller aborted the request through its `AbortSignal`. Never retried. */
export class AbortError extends DataError {
  constructor(options: DataErrorOptions = {}) {
    super('abort', 'Permintaan dibatalkan', options);
    this.name = 'AbortError';
  }
}

/** Which cap a {@link LimitError} hit. */
export type LimitKind = 'bytes' | 'pages' | 'redirects';

const LIMIT_TEXT: Readonly<Record<LimitKind, (max: number) => string>> = {
  bytes: (max) => `Jawaban melebihi batas ${max} byte; pembacaan dihentikan`,
  pages: (max) => `Lebih dari ${max} halaman DataStore; pengambilan dihentikan`,
  redirects: (max) => `Lebih dari ${max} pengalihan (redirect); tidak diikuti`,
};

/**
 * A configured cap was reached: a body longer than `maxBytes` (the read stops there), more DataStore pages than
 * `maxPages` or more bytes over all pages than `maxBytes`, more redirects than `maxRedirects`. Never retried.
 */
export class LimitError extends DataError {
  readonly limit: LimitKind;
  /** The cap that was exceeded. */
  readonly max: number;
  constructor(limit: LimitKind, max: number, options: DataErrorOptions = {}) {
    super('limit', LIMIT_TEXT[limit](max), options);
    this.name = 'LimitError';
    this.limit = limit;
    this.max = max;
  }
}

/** Why a DataStore's paging was stopped. */
export type PagingProblem = 'no-new-records' | 'next-not-advancing' | 'past-total';

/**
 * A DataStore that would page without end: a page with no record not seen before (a portal that ignores
 * `offset`), a `next` link that does not advance, or more records than the `total` it announced.
 */
export class PagingError extends DataError {
  readonly problem: PagingProblem;
  /** Pages read, the failing one included. */
  readonly pages: number;
  /** Records collected before the failing page. */
  readonly records: number;
  constructor(
    problem: PagingProblem,
    detail: string,
    pages: number,
    records: number,
    options: DataErrorOptions = {},
  ) {
    super('paging', `Halaman DataStore berulang tanpa akhir: ${detail}`, options);
    this.name = 'PagingError';
    this.problem = problem;
    this.pages = pages;
    this.records = records;
  }
}

/**
 * A link (`_links.next`) or a redirect pointed to another origin than the one configured; it was not followed, so
 * nothing — configured headers least of all — was sent there.
 */
export class OriginError extends DataError {
  /** The configured origin, e.g. `https://satudata.semarangkota.go.id`. */
  readonly expectedOrigin: string;
  /** The origin the link or redirect pointed to (null when a browser hid it: an opaque redirect). */
  readonly actualOrigin: string | null;
  constructor(expectedOrigin: string, actualOrigin: string | null, options: DataErrorOptions = {}) {
    super(
      'origin',
      `Tautan menuju asal lain (${actualOrigin ?? 'tidak diketahui'}), bukan ${expectedOrigin}: tidak diikuti, tidak ada yang dikirim ke sana`,
      options,
    );
    this.name = 'OriginError';
    this.expectedOrigin = expectedOrigin;
    this.actualOrigin = actualOrigin;
  }
}

/**
 * The server answered with an HTML page where CSV, JSON or Arrow was expected — typically a portal's login or
 * error page served with status 200.
 */
export class HtmlPageError extends DataError {
  /** The answer's Content-Type, as sent. */
  readonly contentType: string | null;
  constructor(contentType: string | null, options: DataErrorOptions = {}) {
    super(
      'html-page',
      'Portal menjawab dengan halaman HTML, bukan data (the portal answered with an HTML page, not data)',
      options,
    );
    this.name = 'HtmlPageError';
    this.contentType = contentType;
  }
}

/** True for any error thrown by the data client. */
export function isDataError(e: unknown): e is DataError {
  return e instanceof DataError;
}
