// kamgraph's relationship map: served by the API at /, bundled by scripts/build-web.mjs, talking only
// to POST /graphql on the same server. Two views, chosen by the URL's hash so that a link or a reload
// keeps the place: the portfolio (#/) and one account's map with its panels (#/account/<id>).
import './map.css';
import { ApiError, AuthRequired, gql, gqlRaw, onAuthRequired, token } from './api.js';
import { download, h, replace } from './dom.js';
import type { ViewOptions } from './elements.js';
import { toGraphml } from './graphml.js';
import { loadAccount, type AccountModel } from './model.js';
import { PANELS } from './panels/index.js';
import type { PanelContext } from './panels/panel.js';
import { loadPortfolio, portfolioTable } from './portfolio.js';
import { warmUp } from './layout.js';
import { legend } from './style.js';
import { MapView, type Layer } from './view.js';

/**
 * Above this many contacts the map opens on the decision makers and whoever sways them (the rest one
 * click away); above it even then, units start collapsed. 1,500 keeps a first drawing within a couple
 * of seconds on a modest laptop (docs/map.md has the measurements).
 */
const FULL_DRAW_LIMIT = 1500;
/** People on the map above which it starts without the weak/stale relationships (see below). */
const LARGE_MAP = 500;

const root = document.getElementById('app')!;
const main = h('main', { id: 'kg-main', tabindex: -1 });
const authBanner = h('div', { id: 'kg-auth', class: 'kg-banner', role: 'alert', hidden: true });

// ------------------------------------------------------------------------------------------- the header

const tokenInput = h('input', {
  id: 'kg-token', type: 'password', autocomplete: 'off', spellcheck: 'false',
  placeholder: 'bearer JWT or API key (kg_…)', value: token.get(), 'aria-label': 'Token: a bearer JWT or an API key',
});
const tokenState = h('span', { class: 'kg-muted', id: 'kg-token-state' });
const showTokenState = () => { tokenState.textContent = token.get() ? 'sent as Authorization: Bearer' : 'no credentials'; };
const login = h('form', { id: 'kg-login', class: 'kg-row', onsubmit: (e: Event) => {
  e.preventDefault();
  token.set(tokenInput.value.trim());
  showTokenState();
  authBanner.hidden = true;
  warmUp();
void route();
} }, h('label', { for: 'kg-token' }, 'Token'), tokenInput, h('button', { type: 'submit' }, 'Sign in'), tokenState);
showTokenState();

onAuthRequired((message) => {
  replace(authBanner, h('strong', {}, 'This server requires credentials. '),
    `Paste a bearer token or an API key (kg_…) into the Token field above and press Sign in. (${message})`);
  authBanner.hidden = false;
  tokenInput.focus();
});

const searchInput = h('input', { id: 'kg-account-search', type: 'search', placeholder: 'Find an account…', autocomplete: 'off', 'aria-label': 'Find an account by name', 'aria-controls': 'kg-search-results' });
const searchResults = h('ul', { id: 'kg-search-results', class: 'kg-search-results', hidden: true });
let searchTimer = 0;
searchInput.addEventListener('input', () => {
  clearTimeout(searchTimer);
  // a failed search (say, signed out meanwhile) leaves the list closed; a 401 also brings up the login banner
  searchTimer = window.setTimeout(() => search(searchInput.value.trim()).catch(() => { searchResults.hidden = true; }), 200);
});
searchInput.addEventListener('keydown', (e) => {
  const first = searchResults.querySelector('a');
  if (e.key === 'ArrowDown' && first) { e.preventDefault(); first.focus(); }
  if (e.key === 'Enter' && first) { e.preventDefault(); first.click(); }
  if (e.key === 'Escape') searchResults.hidden = true;
});
searchResults.addEventListener('keydown', (e) => {
  const links = [...searchResults.querySelectorAll('a')];
  const i = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (e.key === 'ArrowDown' && i < links.length - 1) { e.preventDefault(); links[i + 1].focus(); }
  if (e.key === 'ArrowUp') { e.preventDefault(); (i > 0 ? links[i - 1] : searchInput).focus(); }
  if (e.key === 'Escape') { searchResults.hidden = true; searchInput.focus(); }
});

const SEARCH = `query MapSearch($s: String!) {
  companies(search: $s, kind: CUSTOMER, first: 10) { edges { node { id name unitLevel parent { name } } } }
}`;
async function search(text: string) {
  if (text.length < 2) { searchResults.hidden = true; return; }
  const { companies } = await gql<{ companies: { edges: { node: { id: string; name: string; unitLevel: string | null; parent: { name: string } | null } }[] } }>(SEARCH, { s: text });
  replace(searchResults, companies.edges.length ? companies.edges.map(({ node: c }) => h('li', {},
    h('a', { href: `#/account/${encodeURIComponent(c.id)}`, onclick: () => { searchResults.hidden = true; searchInput.value = ''; } },
      c.name, h('span', { class: 'kg-muted' }, c.parent ? ` · ${c.unitLevel?.toLowerCase() ?? 'unit'} of ${c.parent.name}` : ' · group')))) : h('li', { class: 'kg-muted' }, 'no account matches'));
  searchResults.hidden = false;
}

replace(root,
  h('header', { class: 'kg-header' },
    h('a', { href: '#/', class: 'kg-brand' }, 'kamgraph'),
    h('nav', { 'aria-label': 'views' }, h('a', { href: '#/' }, 'Portfolio'), h('a', { href: '/graphql' }, 'GraphiQL')),
    h('div', { class: 'kg-search', role: 'search' }, searchInput, searchResults),
    login),
  authBanner,
  main);

// ------------------------------------------------------------------------------------------- routing

let current: { view: MapView; model: AccountModel } | null = null;
window.addEventListener('hashchange', () => void route());

async function route() {
  const m = /^#\/account\/(.+)$/.exec(location.hash);
  try {
    if (m) await showAccount(decodeURIComponent(m[1]));
    else await showPortfolio();
  } catch (e) {
    if (e instanceof AuthRequired) replace(main, h('p', { class: 'kg-muted' }, 'Sign in to see the map.'));
    else replace(main, h('p', { class: 'kg-error', role: 'alert' }, `Could not load: ${(e as Error).message}`));
  }
}

async function showPortfolio() {
  current = null;
  document.title = 'kamgraph · portfolio';
  replace(main, h('p', { class: 'kg-muted' }, 'Loading the portfolio…'));
  const rows = await loadPortfolio();
  replace(main, h('section', { class: 'kg-portfolio-view' },
    h('h1', {}, 'Portfolio'),
    h('p', { class: 'kg-muted' }, `${rows.length} accounts, most fragile first (bus factor, then id). Click a column to sort, an account to open its map.`),
    h('div', { class: 'kg-scroll' }, portfolioTable(rows))));
}

// ------------------------------------------------------------------------------------------- one account

async function showAccount(id: string) {
  replace(main, h('p', { class: 'kg-muted' }, 'Loading the account…'));
  const model = await loadAccount(id);
  document.title = `kamgraph · ${model.name}`;
  const n = model.contacts.size;
  const opts: { collapsed: Set<string>; focus: ViewOptions['focus'] } = { collapsed: new Set(), focus: n > FULL_DRAW_LIMIT ? 'decision-makers' : 'all' };
  const canvas = h('div', { id: 'kg-canvas', class: 'kg-canvas' });
  const view = new MapView(canvas);
  current = { view, model };
  const status = h('p', { id: 'kg-status', class: 'kg-status', 'aria-live': 'polite' });
  const notice = h('p', { class: 'kg-banner', hidden: true });

  const redraw = async () => {
    status.textContent = 'Laying out…';
    const s = await view.draw(model, opts);
    if (!s) return;
    canvas.dataset.drawn = model.id;
    canvas.dataset.contacts = String(s.contacts);
    status.textContent = `${s.contacts} of ${n} contacts, ${s.ours} of ours, ${s.units} units, ${s.edges} lines · read in ${Math.round(model.fetchMs)} ms (${model.requests} requests), laid out in ${Math.round(s.layoutMs)} ms, drawn in ${Math.round(s.totalMs)} ms`;
    console.info(`kamgraph map ${model.id}: ${JSON.stringify({ ...s, fetchMs: Math.round(model.fetchMs), requests: model.requests })}`);
  };
  const toggleUnit = (unitId: string) => {
    if (opts.collapsed.has(unitId)) opts.collapsed.delete(unitId); else opts.collapsed.add(unitId);
    for (const b of document.querySelectorAll<HTMLButtonElement>(`button[data-unit="${CSS.escape(unitId)}"]`)) {
      b.textContent = opts.collapsed.has(unitId) ? 'expand' : 'collapse';
      b.setAttribute('aria-pressed', String(opts.collapsed.has(unitId)));
    }
    void redraw();
  };
  const setCollapsed = (ids: string[]) => {
    opts.collapsed = new Set(ids);
    for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-unit]')) {
      const on = opts.collapsed.has(b.dataset.unit!);
      b.textContent = on ? 'expand' : 'collapse';
      b.setAttribute('aria-pressed', String(on));
    }
    void redraw();
  };

  // the toolbar
  const focusSelect = h('select', { id: 'kg-focus', 'aria-label': 'what to draw' },
    h('option', { value: 'all' }, 'Everyone'), h('option', { value: 'decision-makers' }, 'Decision makers and who sways them'));
  focusSelect.value = opts.focus;
  focusSelect.addEventListener('change', () => { opts.focus = focusSelect.value as ViewOptions['focus']; void redraw(); });
  // relationships too weak or stale to count are dotted lines, the costliest thing to paint: a large map
  // starts without them (one click brings them back)
  const large = model.contacts.size + model.ours.size > LARGE_MAP;
  view.setLayer('WEAK', !large);
  const layerBox = (layer: Layer, label: string) => {
    const box = h('input', { type: 'checkbox', checked: layer !== 'WEAK' || !large, 'data-layer': layer });
    box.addEventListener('change', () => view.setLayer(layer, box.checked));
    return h('label', { class: 'kg-check' }, box, label);
  };
  const contactsByName = [...model.contacts.values(), ...model.ours.values()].sort((a, b) => a.name.localeCompare(b.name));
  const findList = h('datalist', { id: 'kg-find-list' }, contactsByName.map((p) => h('option', { value: `${p.name} · ${p.id}` })));
  const find = h('input', { id: 'kg-find', list: 'kg-find-list', placeholder: 'Find a person…', 'aria-label': 'Find a person on the map' });
  find.addEventListener('change', () => {
    const id = find.value.split(' · ').pop()!;
    if (!view.focusNode(id)) find.setCustomValidity('not on the map as drawn (filtered out, or in a collapsed unit)');
    else find.setCustomValidity('');
    find.reportValidity();
  });
  const toolbar = h('div', { class: 'kg-toolbar', role: 'toolbar', 'aria-label': 'map' },
    focusSelect,
    h('button', { type: 'button', id: 'kg-collapse-all', onclick: () => setCollapsed(model.units.filter((u) => u.depth === 1).map((u) => u.unitId)) }, 'Collapse units'),
    h('button', { type: 'button', id: 'kg-expand-all', onclick: () => setCollapsed([]) }, 'Expand all'),
    layerBox('REPORTS_TO', 'reporting'), layerBox('INFLUENCES', 'influence'), layerBox('KNOWS', 'ours: effective'), layerBox('WEAK', 'weak/stale'),
    find, findList,
    h('button', { type: 'button', onclick: () => view.fit(), title: 'fit the map (0)' }, 'Fit'),
    h('button', { type: 'button', onclick: () => view.clearOverlays(), title: 'clear highlights (Escape)' }, 'Clear'),
    h('button', { type: 'button', id: 'kg-export-png', onclick: () => download(`${model.id}.png`, view.png()) }, 'PNG'),
    h('button', { type: 'button', id: 'kg-export-graphml', onclick: () => view.cy && download(`${model.id}.graphml`, new Blob([toGraphml(view.cy, model)], { type: 'application/graphml+xml' })) }, 'GraphML'));

  // the panels: each a <details>, loaded when first opened
  const selectListeners: ((d: Record<string, unknown> | null) => void)[] = [];
  view.onSelect((d) => { for (const l of selectListeners) l(d); });
  const ctx: PanelContext = {
    accountId: model.id, model, view, gql, gqlRaw,
    nameOf: (pid) => model.contacts.get(pid)?.name ?? model.ours.get(pid)?.name ?? pid,
    onSelect: (l) => { selectListeners.push(l); },
    onOverlay: (owner) => {
      if (owner !== 'risks') for (const b of document.querySelectorAll('.kg-risk[aria-pressed]')) b.removeAttribute('aria-pressed');
    },
    isCollapsed: (u) => opts.collapsed.has(u),
    toggleUnit,
  };
  const panels = PANELS.map((p) => {
    const body = h('div', { class: 'kg-panel-body' }, h('p', { class: 'kg-muted' }, 'loading…'));
    const section = h('details', { class: 'kg-panel', id: `kg-panel-${p.id}`, open: p.open ?? false }, h('summary', {}, p.title), body);
    let loaded = false;
    const load = () => {
      if (loaded) return;
      loaded = true;
      Promise.resolve(p.render(body, ctx)).catch((e: unknown) => {
        if (e instanceof AuthRequired) return replace(body, h('p', { class: 'kg-muted' }, 'Sign in to see this.'));
        replace(body, h('p', { class: 'kg-error' }, e instanceof ApiError ? `${e.message} (${e.codes.join(', ')})` : String(e)));
      });
    };
    section.addEventListener('toggle', () => { if (section.open) load(); });
    return { section, load, open: p.open };
  });

  if (opts.focus !== 'all') {
    notice.hidden = false;
    notice.textContent = `${n} contacts: drawn are the decision makers and whoever sways them. Choose "Everyone" to draw all.`;
  }
  replace(main, h('section', { class: 'kg-account' },
    h('div', { class: 'kg-mapcol' },
      h('h1', {}, model.name, h('span', { class: 'kg-muted' }, ` · ${model.company.segment ?? ''} ${model.company.country ?? ''}${model.company.isKeyAccount ? ' · key account' : ''}`)),
      toolbar, notice, status,
      h('div', { class: 'kg-canvas-wrap' }, canvas, legend(model.thresholds))),
    h('aside', { class: 'kg-side', 'aria-label': 'panels' }, panels.map((p) => p.section))));
  for (const p of panels) if (p.open) p.load();
  await redraw();
  if (opts.focus !== 'all' && (view.last?.nodes ?? 0) > FULL_DRAW_LIMIT) setCollapsed(model.units.filter((u) => u.depth === 1).map((u) => u.unitId));
}

// ------------------------------------------------------------------------------------------- for tests and the curious

/**
 * Records the time between animation frames until `stop()`: a test (or anyone, from the console) pans
 * and zooms with the mouse meanwhile, so the figures are what a user dragging and scrolling gets.
 */
function recordFrames(): { stop(): { frames: number; meanMs: number; p95Ms: number; maxMs: number } } {
  const gaps: number[] = [];
  let last = performance.now();
  let running = true;
  const tick = (now: number) => {
    gaps.push(now - last);
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    stop() {
      running = false;
      const s = gaps.slice(1).sort((a, b) => a - b);
      const at = (q: number) => s[Math.min(s.length - 1, Math.floor(s.length * q))] ?? 0;
      return { frames: s.length, meanMs: s.reduce((a, b) => a + b, 0) / Math.max(1, s.length), p95Ms: at(0.95), maxMs: at(1) };
    },
  };
}

Object.assign(window, { kamgraphMap: { stats: () => current?.view.last ?? null, recordFrames, cy: () => current?.view.cy ?? null } });

warmUp();
void route();
