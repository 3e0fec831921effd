import type { z } from 'zod';
import type { ValidationIssue } from '../data/schema/issues';
import { authorization, tokenRefused } from './auth';

/*
 * The schema module (zod) loads when an answer needs checking rather than
 * with the page: the figures rendered ahead of time are on screen and usable
 * before any data does.
 */
const loadValidation = () => Promise.all([import('../data/checks/validate'), import('../data/schema/schema')]);

/** Resolves to the schema a response must pass. */
export type SchemaLoader<T> = () => Promise<z.ZodType<T>>;

export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'invalid-json' | 'invalid-data';

/* Every way a request can fail ends as one of these, so the UI can say what went wrong. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly issues: ValidationIssue[];
  readonly url: string;

  constructor(
    kind: ApiErrorKind,
    message: string,
    url: string,
    options: { status?: number; issues?: ValidationIssue[] } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.url = url;
    this.status = options.status;
    this.issues = options.issues ?? [];
  }
}

/* Overridable at build time so the same app can read a real API or static JSON files on any host. */
const API_BASE: string = import.meta.env.VITE_API_BASE_URL || '/api/v1';

/*
 * A production build with no API configured reads the JSON files written at
 * build time (/api/v1/datasets.json, /api/v1/datasets/<id>.json) and cannot
 * write: it is a static site.
 */
const STATIC_API =
  import.meta.env.PROD && !import.meta.env.VITE_API_BASE_URL && import.meta.env.VITE_USE_MOCKS !== 'true';
export const API_WRITABLE = !STATIC_API;

const TIMEOUT_MS = 20_000;

function apiUrl(path: string): string {
  const base = typeof document === 'undefined' ? 'http://localhost/' : document.baseURI;
  return new URL(`${API_BASE.replace(/\/$/, '')}${path}${STATIC_API ? '.json' : ''}`, base).toString();
}

async function readJson(response: Response, url: string): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError('invalid-json', `The server answered ${response.status} with a body that is not JSON`, url, {
      status: response.status,
    });
  }
}

/** A check of a valid answer against what was asked; returns what is wrong, or null. */
export type AnswerCheck<T> = (data: T, response: Response) => string | null;

/**
 * The data on screen for a request, checked when it arrived, and whether an
 * answer is that same data. Such an answer is thrown away unused and the
 * copy on screen kept, so nothing unchecked is shown and the schema need not
 * load: a first visit usually fetches the revision its page was built with.
 */
export interface Shown<T> {
  data: T;
  isSame: (body: unknown, response: Response) => boolean;
}

export async function requestJson<T>(
  path: string,
  loadSchema: SchemaLoader<T>,
  init: RequestInit = {},
  check?: AnswerCheck<T>,
  shown?: Shown<T>,
): Promise<T> {
  const url = apiUrl(path);
  const loadChecks = () => Promise.all([loadValidation(), loadSchema()]);
  // With nothing on screen the answer will need checking: the schema loads while the request is under way.
  const validation = shown ? null : loadChecks();
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;

  // Every write names its editor; reads are public and go without the token, so any cache may keep them.
  const write = init.method !== undefined && !['GET', 'HEAD'].includes(init.method);
  const headers = { Accept: 'application/json', ...(write ? authorization() : {}), ...init.headers };
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal, headers });
  } catch (error) {
    if (timeout.aborted)
      throw new ApiError('timeout', `No answer from the server within ${TIMEOUT_MS / 1000} seconds`, url);
    if (init.signal?.aborted) throw error;
    throw new ApiError('network', 'Could not reach the server: the connection failed or you are offline', url);
  }

  const body = await readJson(response, url);
  if (response.ok && shown?.isSame(body, response)) return shown.data;
  const [[{ validateWith }, { errorBodySchema }], schema] = await (validation ?? loadChecks());
  if (!response.ok) {
    if (response.status === 401) tokenRefused();
    const parsed = errorBodySchema.safeParse(body);
    const message = parsed.success ? parsed.data.error.message : `The server answered ${response.status}`;
    throw new ApiError('http', message, url, {
      status: response.status,
      issues: parsed.success ? parsed.data.error.issues : [],
    });
  }

  const checked = validateWith(schema, body);
  if (!checked.ok) {
    throw new ApiError('invalid-data', 'The server sent data that does not match the dataset format', url, {
      status: response.status,
      issues: checked.issues,
    });
  }
  const wrong = check?.(checked.data, response);
  if (wrong) throw new ApiError('invalid-data', wrong, url, { status: response.status });
  return checked.data;
}
