import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS } from '../../src/config.js';
import { createServices, type UnrestrictedServices } from '../../src/context.js';
import { runImport } from '../../src/exchange/importer.js';
import { memorySource } from '../../src/exchange/reader.js';
import { loadGraph } from '../../src/generator/load.js';
import type { LadybugStore } from '../../src/store/ladybug.store.js';
import { acmeFixture } from '../support/acme.js';
import { memoryStore } from '../support/app.js';

/**
 * Every validation failure class with its exact report (file, line, column,
 * reason), against the Acme fixture already in the store; each refused
 * import writes nothing (the store's dump is unchanged).
 */
let store: LadybugStore;
let services: UnrestrictedServices;
let dump: string;
// the engine returns the dump in no fixed order (parallel scans): compare it sorted
const dumpOf = async () => (await store.read('graph.dump')).map((r) => JSON.stringify(r)).sort().join('\n');
beforeAll(async () => {
  store = await memoryStore();
  await loadGraph(store, acmeFixture());
  services = createServices(store, { defaults: DEFAULT_ANALYTICS });
  dump = await dumpOf();
});
afterAll(async () => {
  await services.close();
  await store.close();
});

const P = 'id,name,companyId\n';
const PR = 'id,name,family\nr1,R1,Seals\n';
const S = 'accountId,productId,period,revenue,volume,listRevenue,contributionMargin\n';
const RIVALS = 'id,name,kind\nk1,K1,COMPETITOR\nk2,K2,COMPETITOR\npq,PQ,PARTNER\n';
const K = 'competitorId,accountId,area,estimatedShare\n';
const cases: [string, Record<string, string>, { file: string; line: number; column: string | null; reason: string }[]][] = [
  ['an unknown file', { 'contacts.csv': 'id\nx\n' }, [{ file: 'contacts.csv', line: 0, column: null, reason: 'not a bundle file; expected companies.csv, people.csv, reporting.csv, influence.csv, relationships.csv, team.csv, interactions.csv, products.csv, sales.csv, competitors.csv, partners.csv' }]],
  ['an unknown column', { 'people.csv': 'id,name,nickname\nx,X,Xy\n' }, [{ file: 'people.csv', line: 1, column: 'nickname', reason: 'unknown column; people.csv has id, name, email, title, function, decisionLevel, buyingRole, attitude, active, leftAt, companyId, employmentTitle, employedSince' }]],
  ['a missing required column', { 'people.csv': 'id\nx\n' }, [{ file: 'people.csv', line: 1, column: 'name', reason: 'required column is missing' }]],
  ['an empty required cell', { 'people.csv': `${P}x,,acme\n` }, [{ file: 'people.csv', line: 2, column: 'name', reason: 'is required' }]],
  ['a duplicate id within a file', { 'people.csv': `${P}x,X,acme\ny,Y,acme\nx,X again,acme\n` }, [{ file: 'people.csv', line: 4, column: 'id', reason: 'duplicate of line 2' }]],
  ['a duplicate link within a file', { 'relationships.csv': 'ourPersonId,contactId,strength\no1,a5,0.5\no1,a5,0.6\n' }, [{ file: 'relationships.csv', line: 3, column: 'ourPersonId+contactId', reason: 'duplicate of line 2' }]],
  ['an enum value', { 'people.csv': 'id,name,buyingRole\nx,X,BOSS\n' }, [{ file: 'people.csv', line: 2, column: 'buyingRole', reason: 'must be one of DECISION_MAKER, ECONOMIC_BUYER, TECHNICAL_BUYER, INFLUENCER, CHAMPION, GATEKEEPER, USER, got "BOSS"' }]],
  ['a strength out of range', { 'influence.csv': 'fromId,toId,strength\na4,a2,1.5\n' }, [{ file: 'influence.csv', line: 2, column: 'strength', reason: 'must be a number from 0 to 1, got "1.5"' }]],
  ['a date that does not exist', { 'people.csv': 'id,name,leftAt\nx,X,2026-02-30\n' }, [{ file: 'people.csv', line: 2, column: 'leftAt', reason: 'must be a date YYYY-MM-DD, got "2026-02-30"' }]],
  ['a boolean', { 'companies.csv': 'id,name,kind,isKeyAccount\nz,Z,CUSTOMER,maybe\n' }, [{ file: 'companies.csv', line: 2, column: 'isKeyAccount', reason: 'must be true or false, got "maybe"' }]],
  ['a row with the wrong number of fields', { 'people.csv': `${P}x,X\n` }, [{ file: 'people.csv', line: 2, column: null, reason: 'has 2 fields, the header has 3' }]],
  ['malformed CSV', { 'people.csv': `${P}x,"X,acme\n` }, [{ file: 'people.csv', line: 2, column: null, reason: 'malformed CSV: Quote Not Closed: the parsing is finished with an opening quote at line 2' }]],
  ['an unknown referenced id (store and bundle)', { 'people.csv': `${P}x,X,nowhere\n`, 'reporting.csv': 'personId,managerId\na5,ghost\n' }, [
    { file: 'people.csv', line: 2, column: 'companyId', reason: 'unknown company "nowhere"' },
    { file: 'reporting.csv', line: 2, column: 'managerId', reason: 'unknown person "ghost"' },
  ]],
  ['a reference to a refused row', { 'companies.csv': 'id,name,kind\nz,Z,SUPPLIERS\n', 'people.csv': `${P}x,X,z\n` }, [
    { file: 'companies.csv', line: 2, column: 'kind', reason: 'must be one of SUPPLIER, CUSTOMER, PARTNER, COMPETITOR, got "SUPPLIERS"' },
    { file: 'people.csv', line: 2, column: 'companyId', reason: 'company "z" is refused (companies.csv line 2)' },
  ]],
  ['a relationship that does not start at one of ours', { 'relationships.csv': 'ourPersonId,contactId,strength\na1,a2,0.5\n' }, [{ file: 'relationships.csv', line: 2, column: 'ourPersonId', reason: '"a1" does not work for the supplier; a relationship starts at one of our people' }]],
  ['a relationship that ends at one of ours', { 'relationships.csv': 'ourPersonId,contactId,strength\no1,o2,0.5\n' }, [{ file: 'relationships.csv', line: 2, column: 'contactId', reason: '"o2" works for the supplier; a relationship ends at a customer-side person' }]],
  ['a team on a supplier unit', { 'team.csv': 'personId,accountId,role\no1,us-1,KAM\n' }, [{ file: 'team.csv', line: 2, column: 'accountId', reason: 'an account team serves a customer, not a supplier unit' }]],
  // the chain a1 ← … : making a1 report to l2 closes a1 → l2 → l1 → n1 → a1 (stored links plus one new row)
  ['a REPORTS_TO cycle through stored links', { 'reporting.csv': 'personId,managerId\na1,l2\n' }, [{ file: 'reporting.csv', line: 2, column: 'managerId', reason: 'closes a REPORTS_TO cycle of 4: a1 → l2 → l1 → n1 → a1' }]],
  // a 3-unit PART_OF cycle entirely in the bundle: reported once; the units whose parent is then refused fall with it
  ['a PART_OF cycle within the bundle', { 'companies.csv': 'id,name,kind,parentId\nq1,Q1,CUSTOMER,q2\nq2,Q2,CUSTOMER,q3\nq3,Q3,CUSTOMER,q1\n' }, [
    { file: 'companies.csv', line: 2, column: 'parentId', reason: 'closes a PART_OF cycle of 3: q1 → q2 → q3 → q1' },
    { file: 'companies.csv', line: 3, column: 'parentId', reason: 'company "q3" is refused (companies.csv line 4)' },
    { file: 'companies.csv', line: 4, column: 'parentId', reason: 'company "q1" is refused (companies.csv line 2)' },
  ]],
  ['an interaction in the future', { 'interactions.csv': 'id,kind,at,accountId,participantIds\ni1,CALL,2999-01-01,acme,o1;a1\n' }, [{ file: 'interactions.csv', line: 2, column: 'at', reason: `must not be in the future (today is ${new Date().toISOString().slice(0, 10)}), got 2999-01-01` }]],
  ['a level on a call', { 'interactions.csv': 'id,kind,at,level,accountId,participantIds\ni1,CALL,2026-10-01,STRATEGIC,acme,o1;a1\n' }, [{ file: 'interactions.csv', line: 2, column: 'level', reason: 'only a MEETING or VISIT has a level, not a CALL' }]],
  ['an interaction among contacts only', { 'interactions.csv': 'id,kind,at,accountId,participantIds\ni1,MEETING,2026-10-01,acme,a1;a2\n' }, [{ file: 'interactions.csv', line: 2, column: 'participantIds', reason: 'at least one participant must be one of our people' }]],
  ['an interaction with one participant', { 'interactions.csv': 'id,kind,at,accountId,participantIds\ni1,MEETING,2026-10-01,acme,o1\n' }, [{ file: 'interactions.csv', line: 2, column: 'participantIds', reason: 'an interaction has at least two participants: one of ours and one contact' }]],
  ['an interaction about a supplier unit', { 'interactions.csv': 'id,kind,at,accountId,participantIds\ni1,MEETING,2026-10-01,us-1,o1;a1\n' }, [{ file: 'interactions.csv', line: 2, column: 'accountId', reason: '"us-1" is a supplier unit; an interaction is about an account' }]],
  ['a self-reference', { 'influence.csv': 'fromId,toId,strength\na1,a1,0.5\n' }, [{ file: 'influence.csv', line: 2, column: 'toId', reason: 'a person cannot influence themselves' }]],
  // the commercial portfolio (docs/commercial.md "In the bundle")
  ['a negative amount', { 'products.csv': PR, 'sales.csv': `${S}acme,r1,2025-03,-5,1,,\n` }, [{ file: 'sales.csv', line: 2, column: 'revenue', reason: 'must be an amount of 0 or more, got "-5"' }]],
  ['a period that is not one', { 'products.csv': PR, 'sales.csv': `${S}acme,r1,2025-13,5,1,,\n` }, [{ file: 'sales.csv', line: 2, column: 'period', reason: 'must be a period YYYY-MM or YYYY, got "2025-13"' }]],
  ['a sale of an unknown product', { 'sales.csv': `${S}acme,r9,2025-03,5,1,,\n` }, [{ file: 'sales.csv', line: 2, column: 'productId', reason: 'unknown product "r9"' }]],
  ['a sale to a supplier unit', { 'products.csv': PR, 'sales.csv': `${S}us-1,r1,2025-03,5,1,,\n` }, [{ file: 'sales.csv', line: 2, column: 'accountId', reason: '"us-1" is a supplier unit; a sale is to an account' }]],
  ['a margin above the revenue', { 'products.csv': PR, 'sales.csv': `${S}acme,r1,2025-03,5,1,,6\n` }, [{ file: 'sales.csv', line: 2, column: 'contributionMargin', reason: 'cannot exceed the revenue (5), got 6' }]],
  ['a sale in a later month', { 'products.csv': PR, 'sales.csv': `${S}acme,r1,2999-01,5,1,,\n` }, [{ file: 'sales.csv', line: 2, column: 'period', reason: 'must not begin after this month, got 2999-01' }]],
  ['a yearly sale beside monthly ones', { 'products.csv': PR, 'sales.csv': `${S}acme,r1,2025-03,5,1,,\nacme,r1,2025,50,10,,\n` }, [{ file: 'sales.csv', line: 3, column: 'period', reason: 'acme has both a yearly and monthly sales of r1 in 2025; they would count twice' }]],
  ['a duplicate sale within a file', { 'products.csv': PR, 'sales.csv': `${S}acme,r1,2025-03,5,1,,\nacme,r1,2025-03,6,1,,\n` }, [{ file: 'sales.csv', line: 3, column: 'accountId+productId+period', reason: 'duplicate of line 2' }]],
  // competitors and partners (docs/plans.md "In the bundle")
  ['a competitor that is not one', { 'companies.csv': RIVALS, 'competitors.csv': `${K}pq,acme,Seals,0.2\n` }, [{ file: 'competitors.csv', line: 2, column: 'competitorId', reason: '"pq" is a PARTNER company, not a COMPETITOR' }]],
  ['a partner that is not one', { 'companies.csv': RIVALS, 'partners.csv': 'partnerId,accountId,area\nk1,acme,Service\n' }, [{ file: 'partners.csv', line: 2, column: 'partnerId', reason: '"k1" is a COMPETITOR company, not a PARTNER' }]],
  ['a competitor at a supplier unit', { 'companies.csv': RIVALS, 'competitors.csv': `${K}k1,us-1,Seals,0.2\n` }, [{ file: 'competitors.csv', line: 2, column: 'accountId', reason: '"us-1" is not a customer account or unit' }]],
  ['a share out of range', { 'companies.csv': RIVALS, 'competitors.csv': `${K}k1,acme,Seals,1.5\n` }, [{ file: 'competitors.csv', line: 2, column: 'estimatedShare', reason: 'must be a number from 0 to 1, got "1.5"' }]],
  // 0.7 + 0.5 at acme in Seals
  ['shares summing above 1', { 'companies.csv': RIVALS, 'competitors.csv': `${K}k1,acme,Seals,0.7\nk2,acme,Seals,0.5\nk2,acme,Pumps,0.5\n` }, [{ file: 'competitors.csv', line: 3, column: 'estimatedShare', reason: 'the competitors\' shares at acme in "Seals" would sum to 1.2; they may not exceed 1' }]],
  ['an empty area', { 'companies.csv': RIVALS, 'partners.csv': 'partnerId,accountId,area\npq,acme, \n' }, [{ file: 'partners.csv', line: 2, column: 'area', reason: 'is required' }]],
  ['an image out of range', { 'companies.csv': 'id,name,kind,image\nacme,Acme Group,CUSTOMER,7\n' }, [{ file: 'companies.csv', line: 2, column: 'image', reason: 'must be a whole number from 1 to 5, got "7"' }]],
];

describe('validation: every failure class, exactly as reported; nothing written', () => {
  it.each(cases)('%s', async (_name, files, expected) => {
    const r = await runImport(services.writer, memorySource(files));
    expect(r.problems).toEqual(expected);
    expect(r.written).toBe(false);
    expect(await dumpOf()).toBe(dump);
  });

  it('a long cycle: 60 new people each reporting to the next, the last to the first', async () => {
    const n = 60;
    const people = Array.from({ length: n }, (_, i) => `c${i},C${i},acme`).join('\n');
    const reporting = Array.from({ length: n }, (_, i) => `c${i},c${(i + 1) % n}`).join('\n');
    const r = await runImport(services.writer, memorySource({ 'people.csv': `${P}${people}\n`, 'reporting.csv': `personId,managerId\n${reporting}\n` }));
    expect(r.problems).toEqual([{ file: 'reporting.csv', line: 2, column: 'managerId', reason: 'closes a REPORTS_TO cycle of 60: c0 → c1 → c2 → c3 → … → c57 → c58 → c59 → c0' }]);
    expect(await dumpOf()).toBe(dump);
  });
});
