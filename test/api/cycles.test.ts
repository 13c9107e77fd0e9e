import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStore, startApp, type TestApp } from '../support/app.js';
import type { LadybugStore } from '../../src/store/ladybug.store.js';

/**
 * No REPORTS_TO or PART_OF cycle of any length (DESIGN §2; issue 8: the
 * promise once held only to depth 30). A chain of 40 is built through the
 * API, then closing it is refused and nothing is written.
 */
const N = 40;
let store: LadybugStore;
let app: TestApp;
beforeAll(async () => {
  store = await memoryStore();
  app = await startApp(store);
}, 60_000);
afterAll(async () => {
  await app?.stop();
  await store?.close();
});

describe('cycles of any length are refused', () => {
  it(`REPORTS_TO: p1 → p2 → … → p${N}, then p${N} → p1`, async () => {
    for (let i = 1; i <= N; i++) expect((await app.gql(`mutation { upsertPerson(input: { id: "p${i}", name: "P${i}" }) { id } }`)).errors).toBeUndefined();
    for (let i = 1; i < N; i++) {
      expect((await app.gql(`mutation { setManager(input: { personId: "p${i}", managerId: "p${i + 1}" }) { id } }`)).errors).toBeUndefined();
    }
    const r = await app.gql(`mutation { setManager(input: { personId: "p${N}", managerId: "p1" }) { id } }`);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.managerId' });
    expect((await app.gql(`{ person(id: "p${N}") { manager { id } } }`)).data.person.manager).toBeNull();
  });

  it(`PART_OF: u1 ⊂ u2 ⊂ … ⊂ u${N}, then u${N} ⊂ u1`, async () => {
    for (let i = 1; i <= N; i++) expect((await app.gql(`mutation { upsertCompany(input: { id: "u${i}", name: "U${i}", kind: CUSTOMER }) { id } }`)).errors).toBeUndefined();
    for (let i = 1; i < N; i++) {
      expect((await app.gql(`mutation { setParentUnit(input: { unitId: "u${i}", parentId: "u${i + 1}" }) { id } }`)).errors).toBeUndefined();
    }
    const r = await app.gql(`mutation { setParentUnit(input: { unitId: "u${N}", parentId: "u1" }) { id } }`);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parentId' });
    expect((await app.gql(`{ company(id: "u${N}") { parent { id } } }`)).data.company.parent).toBeNull();
  });
});
