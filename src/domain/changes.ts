import type { TeamRole } from './enums.js';
import type { CompanyPotential, CompanyRecord, InteractionData, PersonRecord, ProductRecord, SaleRecord } from './records.js';
import type { SignalData } from './signals.js';

/**
 * A typed change to the graph (docs/decisions.md "Changes, not copies").
 * Services decide what changes, after validating against the read model;
 * each change is then applied to the durable store (one named Cypher
 * statement per kind, `src/store/change-writer.ts`) and, once committed, to
 * the read model (one apply function per kind, `src/readmodel/`). Both
 * switches are exhaustive: a new kind that either side does not handle
 * fails to compile.
 *
 * `created` says whether the item is new: the store then CREATEs it instead
 * of MERGEing (an index-free MERGE scans; CREATE and MATCH-by-key do not).
 * Dates are ISO `YYYY-MM-DD` strings or null.
 */
export type Change =
  | { kind: 'company.upserted'; company: CompanyRecord; created: boolean }
  /** the company has no units and no staff left (the service checks) */
  | { kind: 'company.removed'; id: string }
  | { kind: 'person.upserted'; person: PersonRecord; created: boolean }
  /** the person and every relationship they hold */
  | { kind: 'person.removed'; id: string }
  /** replaces the person's current employer (`previousCompanyId`, null when none) */
  | { kind: 'employment.set'; personId: string; companyId: string; title: string | null; since: string | null; previousCompanyId: string | null }
  | { kind: 'employment.removed'; personId: string; companyId: string }
  /** replaces the unit's current parent (`previousParentId`, null when none) */
  | { kind: 'parent.set'; unitId: string; parentId: string; previousParentId: string | null }
  | { kind: 'parent.removed'; unitId: string; parentId: string }
  /** replaces the person's current manager (`previousManagerId`, null when none) */
  | { kind: 'manager.set'; personId: string; managerId: string; since: string | null; previousManagerId: string | null }
  | { kind: 'manager.removed'; personId: string; managerId: string }
  | { kind: 'influence.upserted'; fromId: string; toId: string; strength: number; note: string | null; since: string | null; created: boolean }
  | { kind: 'influence.removed'; fromId: string; toId: string }
  | { kind: 'knows.upserted'; fromId: string; toId: string; strength: number; lastContactAt: string | null; since: string | null; created: boolean }
  | { kind: 'knows.removed'; fromId: string; toId: string }
  | { kind: 'team.upserted'; personId: string; companyId: string; role: TeamRole | null; created: boolean }
  | { kind: 'team.removed'; personId: string; companyId: string }
  /**
   * creates or replaces an interaction with its links: its participants
   * (TOOK_PART) and account (ABOUT) become exactly those given
   */
  | { kind: 'interaction.upserted'; interaction: InteractionData & { accountId: string }; created: boolean }
  /** the interaction and its links */
  | { kind: 'interaction.removed'; id: string }
  /** replaces the company's potential inputs (annualTurnover, image, walletEstimate) with these values */
  | { kind: 'potential.set'; potential: CompanyPotential }
  | { kind: 'product.upserted'; product: ProductRecord; created: boolean }
  /** the product has no sales (the service checks) */
  | { kind: 'product.removed'; id: string }
  /** creates or replaces the sale of its (account, product, period) with its links (BOUGHT, OF) */
  | { kind: 'sale.upserted'; sale: SaleRecord; created: boolean }
  | { kind: 'sale.removed'; accountId: string; productId: string; period: string }
  /**
   * raises a signal (`created`) or records its acknowledgement / action: a
   * signal's kind, time, account and people never change once raised
   */
  | { kind: 'signal.upserted'; signal: SignalData; created: boolean }
  | { kind: 'graph.cleared' };

export type ChangeKind = Change['kind'];

/** Every change kind, for tests that check each one is covered. */
export const CHANGE_KINDS: readonly ChangeKind[] = [
  'company.upserted', 'company.removed', 'person.upserted', 'person.removed', 'employment.set', 'employment.removed',
  'parent.set', 'parent.removed', 'manager.set', 'manager.removed', 'influence.upserted', 'influence.removed',
  'knows.upserted', 'knows.removed', 'team.upserted', 'team.removed', 'interaction.upserted', 'interaction.removed',
  'potential.set', 'product.upserted', 'product.removed', 'sale.upserted', 'sale.removed', 'signal.upserted', 'graph.cleared',
];

/** Compile-time exhaustiveness for switches over change kinds. */
export function unhandled(x: never): never {
  throw new Error(`unhandled change ${JSON.stringify(x)}`);
}
