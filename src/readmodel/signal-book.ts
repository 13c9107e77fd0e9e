import type { SignalData } from '../domain/signals.js';

/**
 * The signals of the read model (docs/decisions.md "Signals and
 * escalation"): few (a handful per account a year), so a Map by id, with the
 * records as the store holds them. Their status is computed when read, against
 * the clock, not stored.
 */
export class SignalBook {
  private readonly byId = new Map<string, SignalData>();

  get size(): number {
    return this.byId.size;
  }
  get(id: string): SignalData | null {
    return this.byId.get(id) ?? null;
  }
  put(s: SignalData): void {
    this.byId.set(s.id, { ...s });
  }
  remove(id: string): void {
    this.byId.delete(id);
  }
  /** removes the signals ON a company (it was removed) */
  removeOn(accountId: string): void {
    for (const [id, s] of this.byId) if (s.accountId === accountId) this.byId.delete(id);
  }
  /** drops a person from the links of every signal (they were removed) */
  forgetPerson(personId: string): void {
    for (const s of this.byId.values()) {
      if (s.raisedById === personId) s.raisedById = null;
      if (s.reportedById === personId) s.reportedById = null;
      if (s.acknowledgedById === personId) s.acknowledgedById = null;
    }
  }
  clear(): void {
    this.byId.clear();
  }
  forEach(fn: (s: SignalData) => void): void {
    for (const s of this.byId.values()) fn(s);
  }
  /** every signal, by id (exports, replicas, diffs) */
  all(): SignalData[] {
    return [...this.byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((s) => ({ ...s }));
  }
}
