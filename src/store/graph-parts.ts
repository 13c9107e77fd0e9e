import type { Change } from '../domain/changes.js';
import type { GraphData } from '../domain/graph-data.js';
import { saleId } from '../domain/records.js';
import type { CsvColumn } from './csv.js';
import { GRAPH_SCHEMA } from './graph-schema.js';

/**
 * How each part of a `GraphData` maps onto the schema (bulk loads): its node
 * or relationship table, the row fields naming a relationship's endpoints
 * (the other fields are named like the properties), and the `UNWIND $rows`
 * merge query that writes it into a non-empty store.
 */
export interface PartDef {
  /** the `GraphData` field, or for links kept inside another part's rows, a name of their own */
  part: string;
  table: string;
  /** relationship parts: the row fields holding the FROM and TO keys */
  ends?: [string, string];
  merge: string;
  /** rows derived from another part (TOOK_PART and ABOUT from `interactions`) */
  rows?: (data: GraphData) => AnyRow[];
  /** node parts: the prefix of the `.existing` / `.createMany` / `.updateMany` queries (non-empty LadybugDB loads) */
  label?: string;
  /**
   * links written only by `COPY FROM` (an empty LadybugDB store): every other
   * path writes them with their node (BOUGHT and OF with the sale: `sale.createMany`, `sale.upsert`)
   */
  copyOnly?: boolean;
}

/** Sale rows as the Sale table and the sale queries take them: the derived id, the figures, both ends. */
function saleRows(d: GraphData): AnyRow[] {
  return (d.sales ?? []).map((s) => ({
    id: saleId(s.accountId, s.productId, s.period), period: s.period, revenue: s.revenue, volume: s.volume,
    listRevenue: s.listRevenue, contributionMargin: s.contributionMargin, accountId: s.accountId, productId: s.productId,
  }));
}

/**
 * Company rows with their potential inputs folded in (`COPY FROM` writes a
 * node's every column at once); the other paths write companies with the
 * company queries, which never touch potentials, then `POTENTIAL_PART`.
 */
function companyRows(d: GraphData): AnyRow[] {
  if (!d.potentials?.length) return d.companies as unknown as AnyRow[];
  const byId = new Map(d.potentials.map((p) => [p.companyId, p]));
  return d.companies.map((c) => {
    const p = byId.get(c.id);
    return p ? { ...c, annualTurnover: p.annualTurnover, image: p.image, walletEstimate: p.walletEstimate } : c;
  }) as unknown as AnyRow[];
}

/** In dependency order: nodes before the relationships between them. */
export const PART_DEFS: readonly PartDef[] = [
  { part: 'companies', table: 'Company', merge: 'company.upsert', label: 'company', rows: companyRows },
  { part: 'people', table: 'Person', merge: 'person.upsert', label: 'person' },
  { part: 'partOf', table: 'PART_OF', ends: ['unitId', 'parentId'], merge: 'partOf.merge' },
  { part: 'worksAt', table: 'WORKS_AT', ends: ['personId', 'companyId'], merge: 'worksAt.merge' },
  { part: 'reportsTo', table: 'REPORTS_TO', ends: ['personId', 'managerId'], merge: 'reportsTo.merge' },
  { part: 'influences', table: 'INFLUENCES', ends: ['fromId', 'toId'], merge: 'influences.merge' },
  { part: 'knows', table: 'KNOWS', ends: ['fromId', 'toId'], merge: 'knows.merge' },
  { part: 'onTeam', table: 'ON_TEAM', ends: ['personId', 'companyId'], merge: 'onTeam.merge' },
  { part: 'interactions', table: 'Interaction', merge: 'interaction.upsert', label: 'interaction' },
  {
    part: 'tookPart', table: 'TOOK_PART', ends: ['personId', 'interactionId'], merge: 'tookPart.merge',
    rows: (d) => (d.interactions ?? []).flatMap((i) => i.participantIds.map((personId) => ({ personId, interactionId: i.id }))),
  },
  {
    part: 'about', table: 'ABOUT', ends: ['interactionId', 'companyId'], merge: 'about.merge',
    rows: (d) => (d.interactions ?? []).filter((i) => i.accountId !== null).map((i) => ({ interactionId: i.id, companyId: i.accountId })),
  },
  { part: 'products', table: 'Product', merge: 'product.upsert', label: 'product' },
  // the sale queries write BOUGHT and OF with the node; COPY FROM loads the three tables apart
  { part: 'sales', table: 'Sale', merge: 'sale.upsert', label: 'sale', rows: saleRows },
  { part: 'bought', table: 'BOUGHT', ends: ['accountId', 'id'], merge: 'sale.upsert', copyOnly: true, rows: saleRows },
  { part: 'of', table: 'OF', ends: ['id', 'productId'], merge: 'sale.upsert', copyOnly: true, rows: saleRows },
];

/**
 * Potential inputs: properties of Company nodes, folded into the company rows
 * by `COPY FROM`; every other path (UNWIND loads, Neo4j, seeding) writes
 * them after the companies with this merge query.
 */
export const POTENTIAL_PART = { part: 'potentials', merge: 'potential.merge' } as const;

/** The potential rows of a graph, in the parameters `potential.merge` takes. */
export function potentialRows(data: GraphData): AnyRow[] {
  return (data.potentials ?? []).map((p) => ({ companyId: p.companyId, annualTurnover: p.annualTurnover, image: p.image, walletEstimate: p.walletEstimate }));
}

type AnyRow = Record<string, unknown>;

/**
 * Signals are few (a handful per account a year): every load path writes them
 * as the changes that raise them (`change-writer.ts`: the node ON its account,
 * then one statement per linked person), after the other parts.
 */
export function signalChanges(data: GraphData): Change[] {
  return (data.signals ?? []).map((signal) => ({ kind: 'signal.upserted', signal, created: true }));
}

/**
 * Account management (docs/plans.md "Store") is few too — a handful of
 * competitor and partner links, plan versions and activities per key account —
 * and written the same way by every load path, after the signals: links, then
 * each plan's versions in order, then the activities (IN_PLAN a version).
 */
export function managementChanges(data: GraphData): Change[] {
  return [
    ...(data.competesAt ?? []).map((link): Change => ({ kind: 'competitor.upserted', link, created: true })),
    ...(data.partnersAt ?? []).map((link): Change => ({ kind: 'partner.added', link })),
    ...[...(data.plans ?? [])].sort((a, b) => (a.planId < b.planId ? -1 : a.planId > b.planId ? 1 : a.version - b.version)).map((version): Change => ({ kind: 'plan.versioned', version })),
    ...(data.activities ?? []).map((activity): Change => ({ kind: 'activity.upserted', activity, created: true })),
  ];
}

/** What every load path writes as changes after the bulk parts: signals, then account management. */
export function changeParts(data: GraphData): Change[] {
  return [...signalChanges(data), ...managementChanges(data)];
}

/**
 * The CSV columns of a part, in the table's column order (`COPY FROM` maps
 * columns by position): a node table's properties, or a relationship's FROM
 * key, TO key, then its properties. Row fields are named like the properties.
 */
export function csvColumns(def: PartDef): { header: string[]; columns: CsvColumn[] } {
  if (!def.ends) {
    const props = Object.entries(GRAPH_SCHEMA.nodes[def.table].props);
    return { header: props.map(([p]) => p), columns: props.map(([field, type]) => ({ field, type })) };
  }
  const props = Object.entries(GRAPH_SCHEMA.rels[def.table].props);
  const [from, to] = def.ends;
  return {
    header: ['from', 'to', ...props.map(([p]) => p)],
    columns: [{ field: from, type: 'string' }, { field: to, type: 'string' }, ...props.map(([field, type]) => ({ field, type }))],
  };
}

export function partRows(data: GraphData, def: PartDef): AnyRow[] {
  if (def.rows) return def.rows(data);
  return ((data as unknown as Record<string, unknown>)[def.part] ?? []) as AnyRow[];
}

/** Node rows with one row per id, the last one winning (as successive MERGEs would leave it). */
export function uniqueById(rows: AnyRow[]): AnyRow[] {
  const byId = new Map<unknown, AnyRow>();
  for (const r of rows) byId.set(r.id, r);
  return byId.size === rows.length ? rows : [...byId.values()];
}
