import type { GraphData } from '../domain/graph-data.js';
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
}

/** In dependency order: nodes before the relationships between them. */
export const PART_DEFS: readonly PartDef[] = [
  { part: 'companies', table: 'Company', merge: 'company.upsert', label: 'company' },
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
];

type AnyRow = Record<string, unknown>;

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
