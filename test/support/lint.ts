import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import { GRAPH_SCHEMA } from '../../src/store/graph-schema.js';

const mock = testData.mockSchema;
// Neo4j's built-in functions only: APOC and GDS are plugins a stock server lacks.
const builtIns = Object.fromEntries(
  Object.entries(mock.functions ?? {}).map(([version, fns]) => [
    version,
    Object.fromEntries(Object.entries(fns ?? {}).filter(([name]) => !/^(apoc|gds)\./.test(name))),
  ]),
);
const propertyKeys = [
  ...new Set([...Object.values(GRAPH_SCHEMA.nodes), ...Object.values(GRAPH_SCHEMA.rels)].flatMap((d) => Object.keys(d.props))),
];

/**
 * Neo4j's own front end (syntax and semantic analysis), offline. Returns the
 * diagnostics (errors and warnings) for one query text; parameters used in
 * the text are declared so only real problems remain.
 */
export function neo4jDiagnostics(text: string): string[] {
  const parameters = Object.fromEntries([...text.matchAll(/\$(\w+)/g)].map((m) => [m[1], null]));
  // fields of `UNWIND $rows AS row` maps are keys of our own parameters, not graph properties
  const rowFields = [...text.matchAll(/\brow\.(\w+)/g)].map((m) => m[1]);
  const { diagnostics } = lintCypherQuery(text, {
    functions: builtIns,
    procedures: {},
    labels: Object.keys(GRAPH_SCHEMA.nodes),
    relationshipTypes: Object.keys(GRAPH_SCHEMA.rels),
    propertyKeys: [...propertyKeys, ...rowFields],
    parameters,
  });
  return diagnostics.map((d) => `${d.severity === 1 ? 'error' : 'warning'} line ${d.range.start.line + 1}: ${d.message}`);
}
