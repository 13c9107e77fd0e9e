import { describe, expect, it } from 'vitest';
import { ReadModel } from '../../src/readmodel/read-model.js';
import { acmeFixture } from '../support/acme.js';

/**
 * The read model's memo of derived values at its cap (docs/decisions.md
 * "Read model"): stale values go first, then the least recently used; never
 * everything at once (which made a portfolio list over more accounts than the
 * cap recompute every account on every call, at XL).
 */

function model(limit: number) {
  const g = ReadModel.fromData(acmeFixture());
  g.memoLimit = limit;
  const computed: string[] = [];
  const get = (account: string, key: string) => g.memoAccount(account, key, () => (computed.push(key), key.length));
  return { g, computed, get };
}

describe('ReadModel memo at its cap', () => {
  it('keeps the most recently used: 12 values into room for 8 leave the newest, and a hit counts as use', () => {
    const { computed, get } = model(8);
    for (let i = 0; i < 8; i++) get('acme', `k${i}`);
    get('acme', 'k0'); // used again: now the newest
    expect(computed).toHaveLength(8); // a hit computes nothing
    // k8 finds the map full (8 ≥ 8): prune to 6 (three quarters), dropping the least recently used k1 and k2
    for (let i = 8; i < 12; i++) get('acme', `k${i}`);
    computed.length = 0;
    for (const k of ['k0', 'k9', 'k10', 'k11']) get('acme', k);
    expect(computed).toEqual([]); // all still there
    get('acme', 'k1');
    expect(computed).toEqual(['k1']); // evicted, so computed again
  });

  it('drops stale values before fresh ones: a change to one account ages only its values', () => {
    const { g, computed, get } = model(8);
    for (let i = 0; i < 4; i++) get('acme', `a${i}`);
    for (let i = 0; i < 4; i++) get('beta', `b${i}`);
    // b1 works at beta: touching that person stamps beta's root (only beta's values go stale)
    g.apply({ kind: 'person.upserted', person: { ...g.findPerson('b1')!, title: 'new title' }, created: false });
    get('acme', 'a-new'); // the map is full: the stale b* go, the fresh a* stay
    computed.length = 0;
    for (let i = 0; i < 4; i++) get('acme', `a${i}`);
    expect(computed).toEqual([]);
    for (let i = 0; i < 4; i++) get('beta', `b${i}`);
    expect(computed).toEqual(['b0', 'b1', 'b2', 'b3']);
  });

  it('without a limit, 20,000 values all stay (the floor of the cap; two per company above 10,000 companies)', () => {
    const { g } = model(8);
    g.memoLimit = null;
    for (let i = 0; i < 20_000; i++) g.memoAccount('acme', `v${i}`, () => i);
    let recomputed = 0;
    for (let i = 0; i < 20_000; i++) g.memoAccount('acme', `v${i}`, () => (recomputed++, i));
    expect(recomputed).toBe(0);
    // one more finds it full: the least recently used quarter goes (v0 … v4,999, used longest ago by the second pass)
    g.memoAccount('acme', 'one-more', () => 0);
    for (const i of [4_999, 5_000]) g.memoAccount('acme', `v${i}`, () => (recomputed++, i));
    expect(recomputed).toBe(1); // v4,999 was evicted, v5,000 was not
  });
});
