// The page's only way to the data: POST /graphql on this server, with the same identity as any other
// client. The token (a JWT or an API key) is the one GraphiQL's Token field keeps: same storage key, so
// signing in on one page signs in on the other.

const ENDPOINT = '/graphql';
const TOKEN_KEY = 'kamgraph:token';

export interface GqlError { message: string; path?: (string | number)[]; extensions?: { code?: string } }

/** The server answered errors (the message of the first; `codes` of all). */
export class ApiError extends Error {
  constructor(readonly errors: GqlError[], readonly status: number) {
    super(errors[0]?.message ?? `HTTP ${status}`);
  }
  get codes(): string[] { return this.errors.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'); }
}

/** 401: the server requires credentials and has none (or not valid ones) from this page. */
export class AuthRequired extends ApiError {}

export const token = {
  get(): string {
    try { return localStorage.getItem(TOKEN_KEY) ?? ''; } catch { return ''; }
  },
  set(value: string): void {
    try { value ? localStorage.setItem(TOKEN_KEY, value) : localStorage.removeItem(TOKEN_KEY); } catch { /* private mode */ }
  },
};

const authListeners: ((message: string) => void)[] = [];
/** Called on every 401, with the server's message: the page then shows its login field. */
export function onAuthRequired(listener: (message: string) => void): void { authListeners.push(listener); }

/** Data and errors as the server sent them: a panel may show the data it got beside a refused field. */
export async function gqlRaw<T>(query: string, variables: Record<string, unknown> = {}): Promise<{ data: T | null; errors: GqlError[] }> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  const t = token.get();
  // a pasted "Bearer xyz" or "ApiKey xyz" is sent as it is; a bare token gets the Bearer scheme
  if (t) headers.authorization = /^\S+\s+\S+$/.test(t) ? t : `Bearer ${t}`;
  const res = await fetch(ENDPOINT, { method: 'POST', headers, body: JSON.stringify({ query, variables }), credentials: 'same-origin' });
  let body: { data?: T | null; errors?: GqlError[] };
  try {
    body = await res.json();
  } catch {
    throw new ApiError([{ message: `HTTP ${res.status} ${res.statusText}` }], res.status);
  }
  const errors = body.errors ?? [];
  if (res.status === 401 || errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
    const message = errors[0]?.message ?? 'credentials required';
    for (const l of authListeners) l(message);
    throw new AuthRequired(errors.length ? errors : [{ message, extensions: { code: 'UNAUTHENTICATED' } }], res.status);
  }
  if (!res.ok && !body.data) throw new ApiError(errors.length ? errors : [{ message: `HTTP ${res.status}` }], res.status);
  return { data: body.data ?? null, errors };
}

/** The data, or an ApiError when the server reported any error. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { data, errors } = await gqlRaw<T>(query, variables);
  if (errors.length || !data) throw new ApiError(errors, 200);
  return data;
}
