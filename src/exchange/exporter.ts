import { saleId } from '../domain/records.js';
import { isOurs } from '../domain/terms.js';
import { fromDay } from '../readmodel/days.js';
import { commercialGraph, type ReadGraph } from '../readmodel/read-graph.js';
import { managementGraph } from '../readmodel/management-graph.js';
import { BUNDLE, type BundleFileName } from './bundle.js';

/** Computed metrics of one contact (`--with-metrics`; docs/data-exchange.md "Export"). */
export interface ContactMetrics {
  /** our people holding an effective relationship with the contact (DESIGN §3 coverage) */
  coverage: number;
  /** weighted PageRank within the contact's account (sums to 1 over the account) */
  influenceScore: number | null;
  isDecisionMaker: boolean;
  /** single-contact risk reason when the contact is one (single-threaded or uncovered decision maker, sole-held influencer) */
  risk: string | null;
}

/**
 * What an export covers: every person and company of the (caller's view of
 * the) graph, or one account — its units, its contacts, our people holding a
 * relationship there with their units up to the supplier root, and every
 * link among them.
 */
export interface Selection {
  people: number[];
  companies: number[];
  /** interactions about a selected company, in id order */
  interactions: number[];
  hasPerson(i: number): boolean;
  hasCompany(c: number): boolean;
}

export function selectAll(g: ReadGraph): Selection {
  const people = g.listPeople({}, null, Number.MAX_SAFE_INTEGER);
  const companies: number[] = [];
  g.forEachCompany((c) => companies.push(c));
  return { people, companies, interactions: interactionsAbout(g, companies), hasPerson: (i) => g.personIndex(g.personId(i)) === i, hasCompany: (c) => g.companyIndex(g.companyId(c)) === c };
}

/** One account's part of the graph; null when the account is not there (or not visible). */
export function selectAccount(g: ReadGraph, accountId: string): Selection | null {
  const root = g.companyIndex(accountId);
  if (root < 0) return null;
  const companies = new Set<number>();
  const people = new Set<number>();
  const stack = [root];
  while (stack.length) {
    const c = stack.pop()!;
    if (companies.has(c)) continue;
    companies.add(c);
    g.forEachUnit(c, (u) => stack.push(u));
  }
  for (const c of [...companies]) g.forEachStaff(c, (p) => people.add(p));
  // the competitors and partners at the account and its units (docs/plans.md "In the bundle"), with their groups
  const mg = managementGraph(g);
  const addCompany = (k: number) => { for (let c = k; c >= 0 && !companies.has(c); c = g.parentOf(c)) companies.add(c); };
  for (const c of [...companies]) {
    mg.forEachCompetitorAt(c, (k) => addCompany(k));
    mg.forEachPartnerAt(c, (k) => addCompany(k));
  }
  const addOurs = (h: number) => {
    if (people.has(h)) return;
    people.add(h);
    // their units, up to the supplier root, so that an import of this export knows them as ours
    for (let c = g.employerOf(h); c >= 0 && !companies.has(c); c = g.parentOf(c)) companies.add(c);
  };
  for (const p of [...people]) g.forEachKnowsIn(p, addOurs);
  const interactions = interactionsAbout(g, [...companies]);
  // everyone who took part in the account's interactions (ours who hold no relationship there included)
  for (const i of interactions) g.forEachParticipant(i, addOurs);
  const byId = <T extends number>(xs: Set<T>, id: (i: T) => string) => [...xs].sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
  return {
    people: byId(people, (i) => g.personId(i)),
    companies: byId(companies, (c) => g.companyId(c)),
    interactions,
    hasPerson: (i) => people.has(i),
    hasCompany: (c) => companies.has(c),
  };
}

type Value = string | number | boolean | null;

/** The interactions about the given companies, in id order. */
function interactionsAbout(g: ReadGraph, companies: readonly number[]): number[] {
  const out: number[] = [];
  for (const c of companies) g.forEachInteractionAbout(c, (i) => out.push(i));
  return out.sort((a, b) => (g.interactionId(a) < g.interactionId(b) ? -1 : 1));
}

/**
 * The graph with sensitive fields blanked (DESIGN §7: a contact's attitude is
 * for VIEWER and above), for an export made by a caller who may not read them.
 */
export function withoutSensitive(g: ReadGraph): ReadGraph {
  return Object.create(g, { person: { value: (i: number) => ({ ...g.person(i), attitude: null }) } }) as ReadGraph;
}

/** Whether a person is one of ours (DESIGN §3, `isOurs` in terms.ts), by index. */
export function oursOf(g: ReadGraph): (i: number) => boolean {
  return (i) => isOurs(g, i);
}

/**
 * The bundle's rows for a selection (the import format: an export imported
 * into an empty store reproduces the graph exactly). One generator per file,
 * so a writer can stream them.
 */
export function* bundleRows(g: ReadGraph, s: Selection, file: BundleFileName): Generator<Value[]> {
  switch (file) {
    case 'companies':
      for (const c of s.companies) {
        const r = g.company(c);
        const p = g.parentOf(c);
        const pot = commercialGraph(g).potential(c);
        yield [r.id, r.name, r.kind, r.unitLevel, r.country, r.segment, r.isKeyAccount, r.tier, p >= 0 && s.hasCompany(p) ? g.companyId(p) : null,
          pot.annualTurnover, pot.image, pot.walletEstimate];
      }
      return;
    case 'products': {
      // the catalogue is everyone's: every product, in id order
      const cg = commercialGraph(g);
      const out: Value[][] = [];
      cg.forEachProduct((i) => {
        const p = cg.product(i);
        out.push([p.id, p.name, p.family, p.launchedAt, p.listPrice]);
      });
      yield* out;
      return;
    }
    case 'sales': {
      // the sales of the selected companies, by account, then product, then period
      const cg = commercialGraph(g);
      for (const c of s.companies) {
        const out: Value[][] = [];
        cg.forEachSaleOf(c, (x) => {
          const r = cg.sale(x);
          out.push([r.accountId, r.productId, r.period, r.revenue, r.volume, r.listRevenue, r.contributionMargin]);
        });
        yield* out.sort((a, b) => (String(a[1]) < String(b[1]) ? -1 : String(a[1]) > String(b[1]) ? 1 : String(a[2]) < String(b[2]) ? -1 : String(a[2]) > String(b[2]) ? 1 : 0));
      }
      return;
    }
    case 'competitors':
    case 'partners': {
      // the positions at the selected companies of the selected competitors / partners, by account, then company, then area
      const mg = managementGraph(g);
      for (const c of s.companies) {
        const out: Value[][] = [];
        if (file === 'competitors') mg.forEachCompetitorAt(c, (k, area, share) => { if (s.hasCompany(k)) out.push([g.companyId(k), g.companyId(c), area, share]); });
        else mg.forEachPartnerAt(c, (k, area) => { if (s.hasCompany(k)) out.push([g.companyId(k), g.companyId(c), area]); });
        yield* out.sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : String(a[2]) < String(b[2]) ? -1 : String(a[2]) > String(b[2]) ? 1 : 0));
      }
      return;
    }
    case 'people':
      for (const i of s.people) {
        const r = g.person(i);
        const e = g.employment(i);
        const employer = e && s.hasCompany(e.company) ? e : null;
        yield [r.id, r.name, r.email, r.title, r.function, r.decisionLevel, r.buyingRole, r.attitude, r.active, r.leftAt,
          employer ? g.companyId(employer.company) : null, employer ? employer.title : null, employer ? fromDay(employer.since) : null];
      }
      return;
    case 'reporting':
      for (const i of s.people) {
        const m = g.managerOf(i);
        if (m >= 0 && s.hasPerson(m)) yield [g.personId(i), g.personId(m), fromDay(g.managerSince(i))];
      }
      return;
    case 'influence':
      for (const i of s.people) {
        const out: Value[][] = [];
        g.forEachInfluenceOut(i, (w, strength, since, note) => { if (s.hasPerson(w)) out.push([g.personId(i), g.personId(w), strength, note, fromDay(since)]); });
        yield* out.sort(byTarget);
      }
      return;
    case 'relationships':
      for (const i of s.people) {
        const out: Value[][] = [];
        g.forEachKnowsOut(i, (w, strength, last, since) => { if (s.hasPerson(w)) out.push([g.personId(i), g.personId(w), strength, fromDay(last), fromDay(since)]); });
        yield* out.sort(byTarget);
      }
      return;
    case 'interactions':
      for (const i of s.interactions) {
        const r = g.interaction(i);
        const a = g.interactionAccount(i);
        const parts: string[] = [];
        g.forEachParticipant(i, (p) => { if (s.hasPerson(p)) parts.push(g.personId(p)); });
        yield [r.id, r.kind, r.at, r.direction, r.level, r.subject, a >= 0 ? g.companyId(a) : null, parts.sort().join(';')];
      }
      return;
    case 'team':
      for (const i of s.people) {
        const out: Value[][] = [];
        g.forEachTeamOf(i, (c, role) => { if (s.hasCompany(c)) out.push([g.personId(i), g.companyId(c), role]); });
        yield* out.sort(byTarget);
      }
      return;
  }
}
const byTarget = (a: Value[], b: Value[]) => (String(a[1]) < String(b[1]) ? -1 : String(a[1]) > String(b[1]) ? 1 : 0);

/** The header of a bundle file: its columns in order (the order `bundleRows` yields). */
export const headerOf = (file: BundleFileName) => BUNDLE.find((f) => f.name === file)!.columns.map((c) => c.name);

const xml = (s: string) => s.replace(/[<>&"']/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch]!)
  // XML 1.0 forbids most control characters even escaped
  .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

const NODE_KEYS: [string, 'string' | 'boolean' | 'double' | 'int'][] = [
  ['label', 'string'], ['name', 'string'], ['kind', 'string'], ['unitLevel', 'string'], ['country', 'string'], ['segment', 'string'],
  ['isKeyAccount', 'boolean'], ['tier', 'string'], ['email', 'string'], ['title', 'string'], ['function', 'string'],
  ['decisionLevel', 'string'], ['buyingRole', 'string'], ['attitude', 'string'], ['active', 'boolean'], ['leftAt', 'string'],
  ['ours', 'boolean'], ['at', 'string'], ['direction', 'string'], ['level', 'string'], ['subject', 'string'],
  ['annualTurnover', 'double'], ['image', 'int'], ['walletEstimate', 'double'], ['family', 'string'], ['launchedAt', 'string'], ['listPrice', 'double'],
  ['period', 'string'], ['revenue', 'double'], ['volume', 'double'], ['listRevenue', 'double'], ['contributionMargin', 'double'],
  ['coverage', 'int'], ['influenceScore', 'double'], ['isDecisionMaker', 'boolean'], ['risk', 'string'],
];
const EDGE_KEYS: [string, 'string' | 'double'][] = [
  ['type', 'string'], ['strength', 'double'], ['since', 'string'], ['lastContactAt', 'string'], ['note', 'string'], ['title', 'string'], ['role', 'string'],
  ['area', 'string'], ['estimatedShare', 'double'],
];

/** Nodes and edges of a selection, as plain objects (GraphML and JSON lines are written from these). */
export function* elements(g: ReadGraph, s: Selection, ours: (i: number) => boolean, metrics?: (i: number) => ContactMetrics | null): Generator<
  { node: 'Person' | 'Company' | 'Interaction' | 'Product' | 'Sale'; id: string; props: Record<string, Value> } | { edge: string; from: string; to: string; props: Record<string, Value> }
> {
  const cg = commercialGraph(g);
  for (const c of s.companies) {
    const { id, ...props } = g.company(c);
    const { companyId: _c, ...potential } = cg.potential(c);
    yield { node: 'Company', id, props: { ...props, ...potential } };
  }
  for (const i of s.people) {
    const { id, ...props } = g.person(i);
    const m = metrics?.(i) ?? null;
    yield { node: 'Person', id, props: { ...props, ours: ours(i), ...(m ?? {}) } };
  }
  const mg = managementGraph(g);
  for (const c of s.companies) {
    const p = g.parentOf(c);
    if (p >= 0 && s.hasCompany(p)) yield { edge: 'PART_OF', from: g.companyId(c), to: g.companyId(p), props: {} };
    // competitors' and partners' positions at it (docs/plans.md)
    const links: { edge: string; from: string; to: string; props: Record<string, Value> }[] = [];
    mg.forEachCompetitorAt(c, (k, area, estimatedShare) => { if (s.hasCompany(k)) links.push({ edge: 'COMPETES_AT', from: g.companyId(k), to: g.companyId(c), props: { area, estimatedShare } }); });
    mg.forEachPartnerAt(c, (k, area) => { if (s.hasCompany(k)) links.push({ edge: 'PARTNERS_AT', from: g.companyId(k), to: g.companyId(c), props: { area } }); });
    yield* links;
  }
  for (const i of s.people) {
    const id = g.personId(i);
    const e = g.employment(i);
    if (e && s.hasCompany(e.company)) yield { edge: 'WORKS_AT', from: id, to: g.companyId(e.company), props: { title: e.title, since: fromDay(e.since) } };
    const m = g.managerOf(i);
    if (m >= 0 && s.hasPerson(m)) yield { edge: 'REPORTS_TO', from: id, to: g.personId(m), props: { since: fromDay(g.managerSince(i)) } };
    const links: { edge: string; from: string; to: string; props: Record<string, Value> }[] = [];
    g.forEachInfluenceOut(i, (w, strength, since, note) => { if (s.hasPerson(w)) links.push({ edge: 'INFLUENCES', from: id, to: g.personId(w), props: { strength, note, since: fromDay(since) } }); });
    g.forEachKnowsOut(i, (w, strength, last, since) => { if (s.hasPerson(w)) links.push({ edge: 'KNOWS', from: id, to: g.personId(w), props: { strength, lastContactAt: fromDay(last), since: fromDay(since) } }); });
    g.forEachTeamOf(i, (c, role) => { if (s.hasCompany(c)) links.push({ edge: 'ON_TEAM', from: id, to: g.companyId(c), props: { role } }); });
    yield* links;
  }
  for (const i of s.interactions) {
    const { id, ...props } = g.interaction(i);
    yield { node: 'Interaction', id, props };
    const a = g.interactionAccount(i);
    if (a >= 0 && s.hasCompany(a)) yield { edge: 'ABOUT', from: id, to: g.companyId(a), props: {} };
    const parts: number[] = [];
    g.forEachParticipant(i, (p) => { if (s.hasPerson(p)) parts.push(p); });
    for (const p of parts) yield { edge: 'TOOK_PART', from: g.personId(p), to: id, props: {} };
  }
  // the catalogue, and the sales of the selected companies with their BOUGHT and OF links (docs/commercial.md)
  const products: number[] = [];
  cg.forEachProduct((i) => products.push(i));
  for (const i of products) {
    const { id, ...props } = cg.product(i);
    yield { node: 'Product', id, props };
  }
  for (const c of s.companies) {
    const sales: number[] = [];
    cg.forEachSaleOf(c, (x) => sales.push(x));
    for (const x of sales) {
      const { accountId, productId, ...props } = cg.sale(x);
      const id = saleId(accountId, productId, props.period);
      yield { node: 'Sale', id, props };
      yield { edge: 'BOUGHT', from: accountId, to: id, props: {} };
      yield { edge: 'OF', from: id, to: productId, props: {} };
    }
  }
}

/**
 * GraphML (opens in networkx `read_graphml` and Gephi): one directed graph,
 * people and companies as nodes with a `label` attribute, every relationship
 * as an edge with its `type`; typed attributes declared once as `<key>`s.
 * Yields text chunks, so the writer streams.
 */
export function* graphml(g: ReadGraph, s: Selection, ours: (i: number) => boolean, metrics?: (i: number) => ContactMetrics | null): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
  for (const [k, t] of NODE_KEYS) if (metrics || !['coverage', 'influenceScore', 'isDecisionMaker', 'risk'].includes(k)) yield `<key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>\n`;
  for (const [k, t] of EDGE_KEYS) yield `<key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>\n`;
  yield '<graph id="kamgraph" edgedefault="directed">\n';
  let chunk = '';
  let n = 0;
  for (const el of elements(g, s, ours, metrics)) {
    if ('node' in el) {
      chunk += `<node id="${xml(el.id)}"><data key="n_label">${el.node}</data>`;
      for (const [k, v] of Object.entries(el.props)) if (v !== null && v !== undefined) chunk += `<data key="n_${k}">${xml(String(v))}</data>`;
      chunk += '</node>\n';
    } else {
      chunk += `<edge id="e${n++}" source="${xml(el.from)}" target="${xml(el.to)}"><data key="e_type">${el.edge}</data>`;
      for (const [k, v] of Object.entries(el.props)) if (v !== null && v !== undefined) chunk += `<data key="e_${k}">${xml(String(v))}</data>`;
      chunk += '</edge>\n';
    }
    if (chunk.length > 1 << 16) { yield chunk; chunk = ''; }
  }
  yield `${chunk}</graph>\n</graphml>\n`;
}

/** JSON lines: one object per node (`{"type":"node","label":…}`) and per edge (`{"type":"edge","rel":…}`). */
export function* jsonLines(g: ReadGraph, s: Selection, ours: (i: number) => boolean, metrics?: (i: number) => ContactMetrics | null): Generator<string> {
  let chunk = '';
  for (const el of elements(g, s, ours, metrics)) {
    chunk += `${JSON.stringify('node' in el ? { type: 'node', label: el.node, id: el.id, ...el.props } : { type: 'edge', rel: el.edge, from: el.from, to: el.to, ...el.props })}\n`;
    if (chunk.length > 1 << 16) { yield chunk; chunk = ''; }
  }
  if (chunk) yield chunk;
}
