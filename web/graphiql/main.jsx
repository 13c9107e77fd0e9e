// kamgraph's GraphiQL: bundled from the npm package by scripts/build-web.mjs, served by
// src/http/graphiql.ts on GET /graphql (browser navigation). Nothing is loaded from elsewhere.
import './workers.js';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { useCallback, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';

const ENDPOINT = '/graphql';
const TOKEN_KEY = 'kamgraph:token';

const DEFAULT_QUERY = `# kamgraph: a Key Account Management relationship graph.
# Run with Ctrl-Enter (Cmd-Enter); the docs explorer (left) lists every field.
# Credentials: paste a token or API key into "Token" above, or set headers below,
# e.g. { "Authorization": "Bearer <token>" } or { "X-Api-Key": "kg_…" }.
{
  people(first: 5) {
    totalCount
    edges { node { id name } }
  }
}
`;

/** `/graphql?query=…` opened in a browser starts with that query */
const initialQuery = new URLSearchParams(location.search).get('query') ?? undefined;

const storage = {
  get(key) {
    try { return localStorage.getItem(key) ?? ''; } catch { return ''; }
  },
  set(key, value) {
    try { value ? localStorage.setItem(key, value) : localStorage.removeItem(key); } catch { /* private mode */ }
  },
};

/** POSTs to this server's /graphql; headers from the headers editor override the token field's. */
function createFetcher(token) {
  return async (params, opts) => {
    const headers = new Headers({
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    });
    if (token) headers.set('authorization', /^\S+\s+\S+$/.test(token) ? token : `Bearer ${token}`);
    for (const [k, v] of Object.entries(opts?.headers ?? {})) {
      if (v !== undefined && v !== null) headers.set(k, String(v));
    }
    const res = await fetch(ENDPOINT, { method: 'POST', headers, body: JSON.stringify(params), credentials: 'same-origin' });
    const text = await res.text();
    try {
      return JSON.parse(text);
    } catch {
      throw new Error(`HTTP ${res.status} ${res.statusText}: ${text.slice(0, 500)}`);
    }
  };
}

function TokenField({ token, onChange }) {
  const [draft, setDraft] = useState(token);
  const commit = () => { if (draft.trim() !== token) onChange(draft.trim()); };
  return (
    <form className="kg-bar" onSubmit={(e) => { e.preventDefault(); commit(); }}>
      <strong>kamgraph</strong>
      <label htmlFor="kg-token">Token</label>
      <input
        id="kg-token" type="password" autoComplete="off" spellCheck={false}
        placeholder="bearer JWT or API key (kg_…); empty on a loopback server"
        value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit}
      />
      <span className="kg-state">{token ? 'sent as Authorization: Bearer' : 'no credentials'}</span>
    </form>
  );
}

function App() {
  const [token, setToken] = useState(() => storage.get(TOKEN_KEY));
  // a new fetcher re-reads the schema, so a token entered after a 401 takes effect at once
  const fetcher = useMemo(() => createFetcher(token), [token]);
  const onToken = useCallback((t) => { storage.set(TOKEN_KEY, t); setToken(t); }, []);
  return (
    <>
      <TokenField token={token} onChange={onToken} />
      <div className="kg-ide">
        <GraphiQL
          fetcher={fetcher}
          defaultQuery={DEFAULT_QUERY}
          initialQuery={initialQuery}
          showPersistHeadersSettings
        >
          <GraphiQL.Logo>kamgraph</GraphiQL.Logo>
        </GraphiQL>
      </div>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
