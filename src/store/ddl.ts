import { GRAPH_SCHEMA, type PropType } from './graph-schema.js';

/**
 * Node properties added after stores were first made, by table: `init()`
 * adds them to an existing LadybugDB table (`ALTER TABLE … ADD IF NOT
 * EXISTS`, a no-op when present). Neo4j needs nothing.
 */
export const LATER_PROPS: Record<string, string[]> = {
  Company: ['annualTurnover', 'image', 'walletEstimate'],
};

const LADYBUG_TYPES: Record<PropType, string> = {
  string: 'STRING',
  int: 'INT64',
  float: 'DOUBLE',
  bool: 'BOOLEAN',
  date: 'DATE',
};

/**
 * LadybugDB DDL: one node table per label, one rel table per type
 * (cypher-portability §1). `IF NOT EXISTS` makes it idempotent.
 */
export function ladybugDdl(schema = GRAPH_SCHEMA): string[] {
  const out: string[] = [];
  for (const [label, def] of Object.entries(schema.nodes)) {
    const cols = Object.entries(def.props).map(([p, t]) => `\`${p}\` ${LADYBUG_TYPES[t]}`);
    out.push(`CREATE NODE TABLE IF NOT EXISTS \`${label}\`(${cols.join(', ')}, PRIMARY KEY(\`${def.key}\`))`);
  }
  // a store made before a property was added gets it (null everywhere): `CREATE … IF NOT EXISTS` leaves an existing table as it was
  for (const [label, props] of Object.entries(LATER_PROPS)) {
    for (const p of props) out.push(`ALTER TABLE \`${label}\` ADD IF NOT EXISTS \`${p}\` ${LADYBUG_TYPES[schema.nodes[label].props[p]]}`);
  }
  for (const [type, def] of Object.entries(schema.rels)) {
    const cols = Object.entries(def.props).map(([p, t]) => `, \`${p}\` ${LADYBUG_TYPES[t]}`);
    out.push(`CREATE REL TABLE IF NOT EXISTS \`${type}\`(FROM \`${def.from}\` TO \`${def.to}\`${cols.join('')})`);
  }
  return out;
}

/**
 * LadybugDB lacks several Neo4j function names; these macros supply them so
 * one query text runs on both (cypher-portability §3.4). None uses CASE:
 * a persisted CASE macro makes a file database unopenable.
 */
export const LADYBUG_MACROS: string[] = [
  'CREATE MACRO toString(x) AS CAST(x AS STRING)',
  'CREATE MACRO toInteger(x) AS CAST(x AS INT64)',
  'CREATE MACRO toFloat(x) AS CAST(x AS DOUBLE)',
  'CREATE MACRO toBoolean(x) AS CAST(x AS BOOLEAN)',
  'CREATE MACRO type(r) AS label(r)',
];

/** Neo4j DDL: a uniqueness constraint per key and a range index per listed property. */
export function neo4jDdl(schema = GRAPH_SCHEMA): string[] {
  const out: string[] = [];
  for (const [label, def] of Object.entries(schema.nodes)) {
    const l = label.toLowerCase();
    out.push(`CREATE CONSTRAINT ${l}_${def.key}_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.${def.key} IS UNIQUE`);
    for (const p of def.index ?? []) {
      out.push(`CREATE INDEX ${l}_${p} IF NOT EXISTS FOR (n:${label}) ON (n.${p})`);
    }
  }
  return out;
}
