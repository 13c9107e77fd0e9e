import { Mutex } from '../common/mutex.js';
import type { Change } from '../domain/changes.js';
import { rootIndex, worksForSupplier } from '../domain/terms.js';
import type { GraphData } from '../domain/graph-data.js';
import type { GraphStore } from '../store/index.js';
import { writeAudited } from '../store/change-writer.js';
import { writeAudit } from '../store/audit-writer.js';
import { DomainError } from '../errors.js';
import { auditEntry, changeIds } from './audit.js';
import type { ReadGraph } from './read-graph.js';
import { managementGraph } from './management-graph.js';
import type { ReadModelHost } from './host.js';

/** A planned write: the changes to commit and what the mutation returns. */
export interface Plan<T> {
  changes: Change[];
  result: T;
}

/**
 * Who writes (docs/access.md): the audit's actor and, in `accounts`, the
 * root accounts the writer may change (null: every account).
 */
export interface Actor {
  subject: string;
  role: string;
  readonly operation: string;
  accounts: readonly string[] | null;
}

/**
 * A bulk write (an import): its changes, or — into an empty store — the same
 * rows as one `GraphData` for the engine's bulk path; and what the audit
 * log records instead of one before/after per change (`summary`).
 */
export interface BulkPlan<T> {
  changes: Change[];
  result: T;
  /** when set, written with `store.bulkLoad` (the read model is then rebuilt) instead of the changes */
  bulk: GraphData | null;
  summary: unknown;
  /** the bulk path's progress (rows per part) */
  onProgress?: (part: string, done: number, total: number) => void;
}

/** Writes the system makes itself (seeding, tests without identity). */
export const SYSTEM_ACTOR: Actor = Object.freeze({ subject: 'system', role: 'ADMIN', operation: 'system', accounts: null });

/** What a service writes through: `GraphWriter.as(actor)`. */
export interface Writer {
  commit<T>(plan: (g: ReadGraph) => Plan<T> | Promise<Plan<T>>): Promise<T>;
  commitBulk<T>(plan: (g: ReadGraph) => BulkPlan<T> | Promise<BulkPlan<T>>): Promise<T>;
}

/**
 * The one way a write happens (docs/decisions.md "Changes, not copies"):
 * under one lock, a service plans its changes against the read model
 * (validating: a refusal throws and nothing is written), the writer checks
 * the actor may make them, the changes and their audit record commit to the
 * store in one unit of work, then apply to the read model. So the next
 * request reads its own write, and validation never races another write of
 * this process.
 */
export class GraphWriter implements Writer {
  private readonly lock = new Mutex();
  constructor(private readonly store: GraphStore, private readonly host: ReadModelHost) {}

  /** A writer acting for one caller. */
  as(actor: Actor): Writer {
    return { commit: (plan) => this.commit(plan, actor), commitBulk: (plan) => this.commitBulk(plan, actor) };
  }

  /**
   * An import (docs/data-exchange.md "Writing"): planned under the same lock
   * as every write, checked against the actor's accounts, audited as one
   * record with the import's summary, and written either through the
   * engine's bulk path (an empty store: the read model is rebuilt) or as
   * changes in one unit of work (applied to the read model like any write).
   * Either way, the next read sees the whole import.
   */
  async commitBulk<T>(plan: (g: ReadGraph) => BulkPlan<T> | Promise<BulkPlan<T>>, actor: Actor = SYSTEM_ACTOR): Promise<T> {
    return this.lock.lock(async () => {
      const g = await this.host.ready();
      const { changes, result, bulk, summary, onProgress } = await plan(g);
      if (changes.length === 0) return result;
      if (actor.accounts !== null) assertWithin(g, changes, actor.accounts);
      const audit = { ...auditEntry(g, [], actor), changes: [{ kind: 'import' as Change['kind'], before: null, after: summary }] };
      if (bulk) {
        await this.store.bulkLoad(bulk, onProgress);
        await this.store.write((tx) => writeAudit(tx, audit));
        // the bulk notice made the read model stale: the next read rebuilds it first, so it sees the whole import
      } else {
        await this.store.write((tx) => writeAudited(tx, changes, audit));
        this.host.apply(changes);
      }
      return result;
    });
  }

  async commit<T>(plan: (g: ReadGraph) => Plan<T> | Promise<Plan<T>>, actor: Actor = SYSTEM_ACTOR): Promise<T> {
    return this.lock.lock(async () => {
      const g = await this.host.ready();
      const { changes, result } = await plan(g);
      if (changes.length > 0) {
        if (actor.accounts !== null) assertWithin(g, changes, actor.accounts);
        const audit = auditEntry(g, changes, actor);
        await this.store.write((tx) => writeAudited(tx, changes, audit));
        this.host.apply(changes);
      }
      return result;
    });
  }
}

/**
 * DESIGN §7: an EDITOR with an `accounts` claim writes only inside those
 * accounts (docs/access.md "Writes"). A person is inside when they are new,
 * have no employer yet, or work for a unit of one of the accounts; a company
 * when it is new or its root is one of them. The supplier's side of a
 * relationship (the holder of a KNOWS link, the member of an account team)
 * is not checked: the link belongs to the account. An interaction belongs
 * to the account it is about (before and after the change).
 */
export function assertWithin(g: ReadGraph, changes: readonly Change[], accounts: readonly string[]): void {
  const roots = new Set<number>();
  for (const id of accounts) {
    const c = g.companyIndex(id);
    if (c >= 0 && g.parentOf(c) < 0) roots.add(c);
  }
  const root = (c: number) => rootIndex(g, c);
  const companyInside = (id: string) => {
    const c = g.companyIndex(id);
    return c < 0 || roots.has(root(c));
  };
  const personInside = (id: string) => {
    const i = g.personIndex(id);
    if (i < 0) return true;
    const e = g.employerOf(i);
    return e < 0 || roots.has(root(e));
  };
  for (const c of changes) {
    if (c.kind === 'graph.cleared') throw forbidden();
    // who counts as "ours" is global: a scoped editor may not make or unmake a supplier company
    if (c.kind === 'company.upserted') {
      const before = g.findCompany(c.company.id);
      if (c.company.kind === 'SUPPLIER' || (before && before.kind !== c.company.kind && before.kind === 'SUPPLIER')) throw forbidden();
    }
    if (c.kind === 'parent.set') {
      const parent = g.companyIndex(c.parentId);
      const createdHere = changes.some((x) => x.kind === 'company.upserted' && x.company.id === c.parentId);
      if (parent < 0 && !createdHere) throw forbidden();
    }
    // an interaction belongs to its account (its participants are not checked: our people, contacts met with it):
    // the account it is about, and for a correction or removal the one it was about
    if (c.kind === 'interaction.upserted' || c.kind === 'interaction.removed') {
      const i = g.interactionIndex(c.kind === 'interaction.removed' ? c.id : c.interaction.id);
      const was = i < 0 ? -1 : g.interactionAccount(i);
      if (was >= 0 && !roots.has(root(was))) throw forbidden();
      if (c.kind === 'interaction.upserted' && !companyInside(c.interaction.accountId)) throw forbidden();
      // its participants: our people, or contacts inside the claim (a contact of another account is not its to link)
      if (c.kind === 'interaction.upserted' && !c.interaction.participantIds.every((p) => worksForSupplier(g, p) || personInside(p))) throw forbidden();
      continue;
    }
    // an activity belongs to its plan's account (docs/plans.md "Access"): the plan it is in, as stored and as written
    if (c.kind === 'activity.upserted' || c.kind === 'activity.removed') {
      const m = managementGraph(g);
      const stored = m.findActivity(c.kind === 'activity.removed' ? c.id : c.activity.id);
      for (const planId of [stored?.planId, c.kind === 'activity.upserted' ? c.activity.planId : undefined]) {
        const plan = planId === undefined ? null : m.findPlan(planId);
        if (plan && !companyInside(plan.accountId)) throw forbidden();
      }
      continue;
    }
    // the product catalogue is everyone's: a scoped editor may not change it (a sale belongs to its account, checked below)
    if (c.kind === 'product.upserted' || c.kind === 'product.removed') throw forbidden();
    const { people, companies } = changeIds(c);
    const checked = c.kind.startsWith('knows.') ? people.slice(1) : c.kind.startsWith('team.') ? [] : people;
    if (!checked.every(personInside) || !companies.every(companyInside)) throw forbidden();
  }
}

const forbidden = (): DomainError => new DomainError('FORBIDDEN', 'this write reaches outside the accounts you may change');
