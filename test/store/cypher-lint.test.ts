import { describe, expect, it } from 'vitest';
import { ladybugDdl, neo4jDdl } from '../../src/store/ddl.js';
import { listQueryFiles } from '../../src/store/queries.js';
import { neo4jDiagnostics } from '../support/lint.js';
import { SAMPLE_PARAMS } from '../support/query-params.js';

const neo4jTexts = listQueryFiles().filter((f) => f.engine !== 'ladybug');

describe('every Cypher text that can reach Neo4j passes the official linter', () => {
  it.each(neo4jTexts.map((f) => [f.file, f.text]))('%s', (_file, text) => {
    expect(neo4jDiagnostics(text)).toEqual([]);
  });

  it.each(neo4jDdl().map((s) => [s]))('DDL: %s', (stmt) => {
    expect(neo4jDiagnostics(stmt)).toEqual([]);
  });

  it('the linter does reject what Neo4j would reject (the check can fail)', () => {
    expect(neo4jDiagnostics(ladybugDdl()[0]).length).toBeGreaterThan(0);
    expect(neo4jDiagnostics('MATCH (a:Person {id: $a}), (b:Person {id: $b}) RETURN a.id AS x').join()).toMatch(/cartesian/);
    expect(neo4jDiagnostics('MATCH (p:Person) RETURN nosuchfn(p) AS x').join()).toMatch(/nosuchfn/i);
    expect(neo4jDiagnostics('MATCH (p:Persn) RETURN p.id AS x').join()).toMatch(/Persn/);
  });
});

describe('query files', () => {
  it('every query has sample parameters, so the embedded run covers it', () => {
    const names = [...new Set(listQueryFiles().map((f) => f.name))].sort();
    expect(names.filter((n) => !(n in SAMPLE_PARAMS))).toEqual([]);
    expect(Object.keys(SAMPLE_PARAMS).filter((n) => !names.includes(n))).toEqual([]);
  });

  it('no query splices a value: every input is a $parameter', () => {
    for (const f of listQueryFiles()) expect(f.text, f.file).not.toMatch(/\$\{|'\s*\+\s*\$/);
  });
});
