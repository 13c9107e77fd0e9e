import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS } from '../../src/config.js';
import { createServices } from '../../src/context.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { LadybugStore } from '../../src/store/ladybug.store.js';

/**
 * The real `kamgraph` command on a stopped store (docs/data-exchange.md):
 * a Salesforce export imports without edits; validate, skip-invalid,
 * rejects, idempotence and exit codes.
 */
const dir = mkdtempSync(join(tmpdir(), 'kamgraph-cli-exchange-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SF = join(PROJECT_ROOT, 'test', 'fixtures', 'salesforce');
const run = (db: string, ...args: string[]) => spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'kamgraph.mjs'), ...args], {
  encoding: 'utf8', env: { ...process.env, KAMGRAPH_DB_PATH: db, LOG_LEVEL: 'warn' },
});
async function withStore<T>(db: string, fn: (s: ReturnType<typeof createServices>) => Promise<T>): Promise<T> {
  const store = new LadybugStore({ path: db });
  await store.init();
  const services = createServices(store, { defaults: DEFAULT_ANALYTICS });
  try { return await fn(services); } finally { await services.close(); await store.close(); }
}

describe('kamgraph import --profile salesforce', () => {
  const db = join(dir, 'sf.lbug');
  it('imports the unmodified sample export; the accounts answer decision-maker coverage', async () => {
    const r = run(db, 'import', SF, '--profile', 'salesforce', '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.problems).toEqual([]);
    // companies: the supplier + 6 accounts (the deleted one skipped); people: 4 standard users + 6 live contacts
    expect(out.summary.companies.created).toBe(7);
    expect(out.summary.people.created).toBe(10);
    expect(out.summary.team.created).toBe(3);
    // interactions: the completed call (Task subtype Call) and the dinner (Event); the line-audit to-do (subtype Task) is not one
    expect(out.summary.interactions.created).toBe(2);
    await withStore(db, async (s) => {
      const g = await s.readModel.ready();
      expect(g.findCompany('001A000001GlobexAAA')).toMatchObject({ kind: 'CUSTOMER', unitLevel: 'GROUP', isKeyAccount: true, tier: 'Hot', segment: 'Manufacturing' });
      expect(g.findCompany('001A000001GlobexN1A')!.unitLevel).toBe('LOCAL');
      expect(g.findCompany('001A000001AcmeConAA')!.kind).toBe('PARTNER');
      expect(g.findCompany('001A000001UmbrellAA')!.kind).toBe('COMPETITOR');
      expect(g.findPerson('003A000001CeoGlxAAA')).toMatchObject({ function: 'EXECUTIVE', decisionLevel: 'CENTRAL', buyingRole: 'DECISION_MAKER' });
      expect(g.findPerson('003A000001PrcGlxAAA')).toMatchObject({ function: 'PROCUREMENT', buyingRole: 'DECISION_MAKER' }); // from OpportunityContactRole
      expect(g.findPerson('003A000001GoneOldAA')).toBeNull(); // IsDeleted
      expect(g.findPerson('005A000000IntegrAAA')).toBeNull(); // not a Standard user
      const dinner = g.interactionIndex('00UA00000000001AAA');
      expect(g.interaction(dinner)).toMatchObject({ kind: 'MEETING', at: '2026-10-20', subject: 'Strategy dinner' });
      expect(g.companyId(g.interactionAccount(dinner))).toBe('001A000001GlobexAAA');
      // Globex's decision makers (the group and its units): CEO, CFO (economic buyer), head of purchasing, regional director North.
      // CEO: Ann (owner, 2026-10-05) and Ben (event 2026-10-20): 2 holders. CFO: Ann (task 2026-10-12): 1.
      // Purchasing: Ann owns, no activity date: not effective → uncovered. Regional director: Ben (2026-08-01): 1.
      // Strengths in force (DESIGN §4; docs/definitions.md): a pair with an interaction gets its derived strength.
      // Ben–CEO: the dinner (Event, a MEETING) 12 days before asOf: 1.0 × 2^(−12/90) = 0.911722 → 1 − e^(−0.455861) = 0.366 ≥ 0.3.
      // Ann–CFO: the budget call (Task, a CALL) 20 days before: 0.6 × 2^(−20/90) = 0.514346 → 1 − e^(−0.257173) = 0.227 < 0.3:
      // one call three weeks ago is not yet a working relationship, so the CFO is uncovered. Ann–CEO has no interaction: typed.
      const cov = await s.coverage.decisionMakerCoverage('001A000001GlobexAAA', { asOf: '2026-11-01' });
      expect(cov.overall).toMatchObject({ total: 4, covered: 2, singleThreaded: 1, multiThreaded: 1 });
    });
  });

  it('a second import of the same export changes nothing', () => {
    const r = run(db, 'import', SF, '--profile', 'salesforce', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.written).toBe(false);
    for (const s of Object.values(out.summary) as { created: number; updated: number }[]) expect([s.created, s.updated]).toEqual([0, 0]);
  });

  it('reports a bad Salesforce row at its line in the Salesforce file', () => {
    const bad = join(dir, 'sf-bad');
    cpSync(SF, bad, { recursive: true });
    const contact = readFileSync(join(bad, 'Contact.csv'), 'utf8').replace('"003A000001ItMgrIAAA","0","","001A000001InitechAA"', '"003A000001ItMgrIAAA","0","","001A000001NoSuchAAA"');
    writeFileSync(join(bad, 'Contact.csv'), contact);
    const r = run(join(dir, 'sf-bad.lbug'), 'validate', bad, '--profile', 'salesforce', '--json');
    expect(r.status).toBe(2);
    // Contact.csv line 7 is the IT manager's row (header is line 1); the relationship its owner holds (from the same row) falls with it
    expect(JSON.parse(r.stdout).problems).toEqual([
      { file: 'Contact.csv', line: 7, column: 'companyId', reason: 'unknown company "001A000001NoSuchAAA"' },
      { file: 'Contact.csv', line: 7, column: 'contactId', reason: 'person "003A000001ItMgrIAAA" is refused (Contact.csv line 7)' },
    ]);
  });
});

describe('kamgraph import of a kamgraph bundle', () => {
  const bundle = join(dir, 'bundle');
  const db = join(dir, 'b.lbug');
  it('all or nothing: a bad row in the last file leaves the store unchanged (exit 2)', () => {
    cpSync(join(PROJECT_ROOT, 'test', 'fixtures', 'bundle'), bundle, { recursive: true });
    writeFileSync(join(bundle, 'team.csv'), 'personId,accountId,role\nu1,c1,KAM\nu1,c1-east,CHIEF\n');
    const r = run(db, 'import', bundle, '--json');
    expect(r.status).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.written).toBe(false);
    expect(out.problems).toEqual([{ file: 'team.csv', line: 3, column: 'role', reason: 'must be one of KAM, EXECUTIVE_SPONSOR, SERVICE_LEAD, PROJECT_LEAD, SPECIALIST, NEGOTIATOR, got "CHIEF"' }]);
    const count = run(db, 'validate', bundle, '--json');
    expect(JSON.parse(count.stdout).summary.people.created).toBe(4); // still nothing in the store: all four would be created
  });

  it('--skip-invalid writes the valid rows and a rejects CSV with a reason column', () => {
    const r = run(db, 'import', bundle, '--skip-invalid', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.written).toBe(true);
    expect(out.summary.team).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 1 });
    expect(readFileSync(`${bundle}.rejects.csv`, 'utf8')).toBe('file,line,reason\nteam.csv,3,"role: must be one of KAM, EXECUTIVE_SPONSOR, SERVICE_LEAD, PROJECT_LEAD, SPECIALIST, NEGOTIATOR, got ""CHIEF"""\n');
  });

  it('export → csv folder → import into an empty store gives back the same files', () => {
    const out1 = join(dir, 'exported');
    expect(run(db, 'export', '--format', 'csv', '--out', out1).status).toBe(0);
    const db2 = join(dir, 'copy.lbug');
    expect(run(db2, 'import', out1, '--json').status).toBe(0);
    const out2 = join(dir, 'exported2');
    expect(run(db2, 'export', '--format', 'csv', '--out', out2).status).toBe(0);
    for (const f of ['companies.csv', 'people.csv', 'reporting.csv', 'influence.csv', 'relationships.csv', 'team.csv', 'interactions.csv']) {
      expect(readFileSync(join(out2, f), 'utf8'), f).toBe(readFileSync(join(out1, f), 'utf8'));
    }
  });

  it('exit codes: 2 for a missing bundle or a bad flag', () => {
    expect(run(db, 'import', join(dir, 'nope')).status).not.toBe(0);
    expect(run(db, 'export', '--format', 'xls', '--out', join(dir, 'x')).status).toBe(2);
  });
});

describe('the documented Salesforce mapping', () => {
  it('docs/salesforce-mapping.json is exactly the default the profile uses', async () => {
    const { SalesforceMapping } = await import('../../src/exchange/salesforce.js');
    expect(JSON.parse(readFileSync(join(PROJECT_ROOT, 'docs', 'salesforce-mapping.json'), 'utf8'))).toEqual(SalesforceMapping.parse({}));
  });
});
