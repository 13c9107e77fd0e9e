import { describe, expect, it } from 'vitest';
import { ladybugDdl, neo4jDdl } from '../../src/store/ddl.js';
import { auditableNames, auditedText, listQueryFiles, loadQueries } from '../../src/store/queries.js';
import { neo4jDiagnostics } from '../support/lint.js';
import { SAMPLE_PARAMS } from '../support/query-params.js';

const neo4jTexts = listQueryFiles().filter((f) => f.engine !== 'ladybug');

describe('every Cypher text that can reach Neo4j passes the official linter', () => {
  it.each(neo4jTexts.map((f) => [f.file, f.text]))('%s', (_file, text) => {
    expect(neo4jDiagnostics(text)).toEqual([]);
  });

  // the composed `<change>+audit` statements (queries.ts auditedText) reach Neo4j too
  it.each([...loadQueries('neo4j')].filter(([name]) => name.endsWith('+audit')))('%s', (_name, text) => {
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

describe('a change statement composed with its audit record', () => {
  it('is the change up to its final count, a guard on that count, the audit record and the count', () => {
    const change = '// a comment\nMATCH (p:Person {id: $id})\nSET p.title = $title\nRETURN count(*) AS n';
    const audit = '// the audit\nCREATE (audit:AuditEntry {id: $auditId})';
    expect(auditedText(change, audit)).toBe(
      '// a comment\nMATCH (p:Person {id: $id})\nSET p.title = $title\nWITH count(*) AS n WHERE n > 0\nCREATE (audit:AuditEntry {id: $auditId})\nRETURN n',
    );
    // a statement that does not end in the count has no composed form
    expect(auditedText('MATCH (p:Person) RETURN p.id AS id', audit)).toBeNull();
    expect(auditedText('MATCH (p:Person {id: $id}) SET p.title = $title RETURN count(*) AS n, 1 AS x', audit)).toBeNull();
  });

  it('exists for the single-row writes of the API on both engines, never for reads or the audit record itself', () => {
    const names = auditableNames();
    for (const n of ['knows.update', 'knows.create', 'person.update', 'person.create', 'influences.update', 'onTeam.create']) expect(names.has(n), n).toBe(true);
    for (const n of ['audit.append', 'person.byIds', 'projection.knows', 'graph.counts']) expect(names.has(n), n).toBe(false);
    for (const engine of ['ladybug', 'neo4j'] as const) {
      const queries = loadQueries(engine);
      for (const n of names) expect(queries.get(`${n}+audit`), `${engine} ${n}`).toMatch(/WITH count\(\*\) AS n WHERE n > 0\nCREATE \(audit:AuditEntry [^\n]+\)\nRETURN n$/);
    }
  });
});
