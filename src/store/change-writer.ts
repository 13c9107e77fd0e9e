import { type Change, type ChangeKind, unhandled } from '../domain/changes.js';
import { saleId, type CompanyRecord, type InteractionData, type PersonRecord, type ProductRecord, type SaleRecord } from '../domain/records.js';
import { DomainError } from '../errors.js';
import type { SignalData } from '../domain/signals.js';
import { sectionsJson, versionId, type ActivityData, type CompetitorLinkData, type PartnerLinkData, type PlanVersionData } from '../domain/plans.js';
import type { Params, QueryRunner, Row } from './graph-store.js';
import type { AuditEntry } from '../readmodel/audit.js';
import { auditParams, writeAudit } from './audit-writer.js';
import { audited, auditableNames } from './queries.js';

/**
 * Typed changes → named Cypher statements (docs/decisions.md "Changes, not
 * copies"; docs/store-plans.md for the query plans). Every change is exactly
 * one statement with scalar parameters, each a primary-key lookup (plus, for
 * an existing relationship, a walk over one endpoint's own links), so its
 * cost does not grow with the graph:
 * - new items are CREATEd (an index-free MERGE scans the whole table);
 * - a relationship is found by MATCHing both endpoints by key, each in its
 *   own MATCH clause, then the link between them;
 * - "set" changes that replace a link delete the previous one and create the
 *   new one in the same statement.
 *
 * A statement that must touch an item returns `n`; when it touched none the
 * store disagrees with the change (a read model that missed a write), and the
 * unit of work fails with CONFLICT instead of silently doing nothing. Such a
 * statement wrote nothing, so failing after it is safe even in auto-commit.
 *
 * `more`: the unit of work goes on after these changes (the audit record),
 * so none of them may run in auto-commit.
 *
 * Runs of consecutive changes of one kind are written as one `UNWIND $rows`
 * statement only where LadybugDB plans that as per-row primary-key lookups
 * (node creates, updates and removals); relationship updates and removals
 * by two endpoints plan as a scan of the whole relationship table when
 * unwound, so they always run one statement per change.
 *
 * Two changes take two statements: correcting an interaction
 * (`interaction.upserted` without `created`) or an activity
 * (`activity.upserted` without `created`) removes it with its links and
 * creates it again, both by key, so its links become exactly the new ones
 * without diffing link lists in Cypher. A signal takes one per linked person.
 */
export async function writeChanges(tx: QueryRunner, changes: readonly Change[], options: { more?: boolean } = {}): Promise<void> {
  await runStatements(tx, plan(changes), options.more ?? false);
}

/** Runs planned statements in order, checking each one's count; `more`: the unit of work goes on afterwards. */
async function runStatements(tx: QueryRunner, statements: readonly PlannedStatement[], more: boolean): Promise<void> {
  for (const s of statements) {
    // a lone single-row statement may run without BEGIN/COMMIT (its count check cannot leave a partial write)
    const last = statements.length === 1 && s.rows === 1 && !more;
    checkCount(s, await tx.run(s.query, s.params, { last }));
  }
}

/** The names of the `<change>+audit` statements, read from the query files once. */
let auditable: Set<string> | null = null;

/**
 * The changes of one write and its audit record, in one unit of work
 * (docs/decisions.md "Changes, not copies"). A write that is one single-row
 * statement runs as that statement composed with its audit record
 * (`<query>+audit`, queries.ts `auditedText`) in auto-commit: one round trip
 * instead of BEGIN, the change, the audit record and COMMIT
 * (docs/store-plans.md "One statement per audited write"). Anything larger
 * runs its statements and then the audit record in one transaction.
 */
export async function writeAudited(tx: QueryRunner, changes: readonly Change[], audit: AuditEntry): Promise<void> {
  const statements = plan(changes);
  const s = loneAuditable(statements);
  if (s) {
    checkCount(s, await tx.run(audited(s.query), { ...s.params, ...auditParams(audit) }, { last: true }));
    return;
  }
  await runStatements(tx, statements, true);
  await writeAudit(tx, audit);
}

/**
 * The statement that carries the audit record itself, or null: a write of
 * one single-row statement whose count is checked (its composed form writes
 * nothing when it touched nothing, so an unchecked removal of nothing would
 * lose its audit record) and which has a `+audit` form.
 */
export function loneAuditable(statements: readonly PlannedStatement[]): PlannedStatement | null {
  if (statements.length !== 1) return null;
  const [s] = statements;
  auditable ??= auditableNames();
  return s.rows === 1 && s.expect !== undefined && auditable.has(s.query) ? s : null;
}

/** A statement that must touch items and touched another number: the store disagrees with the read model. */
function checkCount(s: PlannedStatement, rows: readonly Row[]): void {
  if (s.expect === undefined) return;
  const n = Number(rows[0]?.n ?? 0);
  if (s.expect === 'some' ? n === 0 : n !== s.expect) {
    throw new DomainError('CONFLICT', `the graph changed meanwhile (${s.what}); reload and retry`);
  }
}

/** One statement to run: the query, its parameters, and the `n` it must report. */
export interface PlannedStatement {
  query: string;
  params: Params;
  /** changes it writes */
  rows: number;
  /** `n` must equal this number, or be positive ('some'); unchecked when absent */
  expect?: number | 'some';
  /** what it writes, for the error message */
  what: string;
}

/** The statements `writeChanges` runs for these changes, in order. */
export function plan(changes: readonly Change[]): PlannedStatement[] {
  const out: PlannedStatement[] = [];
  for (let i = 0; i < changes.length; ) {
    const group = groupOf(changes[i]);
    let j = i + 1;
    if (group) while (j < changes.length && groupOf(changes[j]) === group) j++;
    if (group && j - i > 1) out.push(grouped(group, changes.slice(i, j)));
    else out.push(...statementsFor(changes[i]));
    i = j;
  }
  return out;
}

/** The key under which consecutive changes may share one UNWIND statement (null: never grouped). */
type Group = 'company.createMany' | 'company.updateMany' | 'company.removeMany' | 'person.createMany' | 'person.updateMany' | 'person.removeMany'
  | 'product.createMany' | 'product.updateMany' | 'sale.createMany' | 'sale.updateMany' | 'sale.removeMany'
  | 'competesAt.createMany' | 'partnersAt.createMany' | 'plan.createMany' | 'activity.createMany';

function groupOf(c: Change): Group | null {
  switch (c.kind) {
    case 'company.upserted':
      return c.created ? 'company.createMany' : 'company.updateMany';
    case 'person.upserted':
      return c.created ? 'person.createMany' : 'person.updateMany';
    case 'company.removed':
      return 'company.removeMany';
    case 'person.removed':
      return 'person.removeMany';
    case 'product.upserted':
      return c.created ? 'product.createMany' : 'product.updateMany';
    // a new sale is one node and two links found by key: unwound, still per-row primary-key lookups (docs/commercial.md "Store")
    case 'sale.upserted':
      return c.created ? 'sale.createMany' : 'sale.updateMany';
    case 'sale.removed':
      return 'sale.removeMany';
    // account management arrives in runs when a bulk load writes it (graph-parts.ts `changeParts`)
    case 'competitor.upserted':
      return c.created ? 'competesAt.createMany' : null;
    case 'partner.added':
      return 'partnersAt.createMany';
    case 'plan.versioned':
      return 'plan.createMany';
    case 'activity.upserted':
      return c.created ? 'activity.createMany' : null;
    default:
      return null;
  }
}

function grouped(group: Group, changes: readonly Change[]): PlannedStatement {
  const n = changes.length;
  const what = `${n} × ${changes[0].kind}`;
  const pick = <K extends ChangeKind>(kind: K) => changes as readonly Extract<Change, { kind: K }>[];
  // a run of creates or updates: every row must be written; a run of removals: removing nothing is no conflict
  const rows = (params: Params[]): PlannedStatement => ({ query: group, params: { rows: params }, rows: n, expect: n, what });
  const ids = (keys: string[]): PlannedStatement => ({ query: group, params: { ids: keys }, rows: n, what });
  switch (group) {
    case 'company.createMany':
    case 'company.updateMany':
      return rows(pick('company.upserted').map((c) => companyParams(c.company)));
    case 'person.createMany':
    case 'person.updateMany':
      return rows(pick('person.upserted').map((c) => personParams(c.person)));
    case 'company.removeMany':
      return ids(pick('company.removed').map((c) => c.id));
    case 'person.removeMany':
      return ids(pick('person.removed').map((c) => c.id));
    case 'product.createMany':
    case 'product.updateMany':
      return rows(pick('product.upserted').map((c) => productParams(c.product)));
    case 'sale.createMany':
      return rows(pick('sale.upserted').map((c) => saleParams(c.sale)));
    case 'sale.updateMany':
      return rows(pick('sale.upserted').map((c) => saleFigures(c.sale)));
    case 'sale.removeMany':
      return ids(pick('sale.removed').map((c) => saleId(c.accountId, c.productId, c.period)));
    case 'competesAt.createMany':
      return rows(pick('competitor.upserted').map((c) => competitorParams(c.link)));
    case 'partnersAt.createMany':
      return rows(pick('partner.added').map((c) => partnerParams(c.link)));
    case 'plan.createMany':
      return rows(pick('plan.versioned').map((c) => planParams(c.version)));
    case 'activity.createMany':
      return rows(pick('activity.upserted').map((c) => activityParams(c.activity)));
    default:
      return unhandled(group);
  }
}

/** Exactly the properties company.upsert stores, in one fixed key order. */
function companyParams(c: CompanyRecord): Params {
  return {
    id: c.id, name: c.name, kind: c.kind, unitLevel: c.unitLevel ?? null, country: c.country ?? null,
    segment: c.segment ?? null, isKeyAccount: c.isKeyAccount ?? null, tier: c.tier ?? null,
  };
}

/** Exactly the properties person.upsert stores, in one fixed key order. */
function personParams(p: PersonRecord): Params {
  return {
    id: p.id, name: p.name, email: p.email ?? null, title: p.title ?? null, function: p.function ?? null,
    decisionLevel: p.decisionLevel ?? null, buyingRole: p.buyingRole ?? null, attitude: p.attitude ?? null,
    active: p.active, leftAt: p.leftAt ?? null,
  };
}

/** Exactly the properties and links interaction.create stores, in one fixed key order. */
function interactionParams(i: InteractionData & { accountId: string }): Params {
  return {
    id: i.id, kind: i.kind, at: i.at, direction: i.direction ?? null, level: i.level ?? null, subject: i.subject ?? null,
    accountId: i.accountId, participantIds: [...i.participantIds],
  };
}

/** Exactly the properties product.create stores, in one fixed key order. */
function productParams(p: ProductRecord): Params {
  return { id: p.id, name: p.name, family: p.family, launchedAt: p.launchedAt ?? null, listPrice: p.listPrice ?? null };
}

/** A sale's id and figures (sale.update): its account, product and period are its key and never change. */
function saleFigures(s: SaleRecord): Params {
  return {
    id: saleId(s.accountId, s.productId, s.period), revenue: s.revenue, volume: s.volume,
    listRevenue: s.listRevenue ?? null, contributionMargin: s.contributionMargin ?? null,
  };
}

/** Everything sale.create stores: the figures, the period and both ends. */
function saleParams(s: SaleRecord): Params {
  return { ...saleFigures(s), accountId: s.accountId, productId: s.productId, period: s.period };
}

/**
 * A signal (docs/decisions.md "Signals and escalation"): a new one is its node
 * ON its account, then one statement per person linked to it (RAISED,
 * REPORTED; the relationship type cannot be a parameter); a later change sets
 * the acknowledgement and action, and (MERGE, so written again it stays one)
 * who acknowledged it. Every statement finds its nodes by key.
 */
function signalStatements(x: SignalData, created: boolean): PlannedStatement[] {
  const link = (query: string, personId: string | null, what: string): PlannedStatement[] =>
    personId === null ? [] : [{ query, params: { id: x.id, personId }, rows: 1, expect: 1, what: `${what} of signal ${x.id}` }];
  if (created) {
    return [
      {
        query: 'signal.create', rows: 1, expect: 1, what: `new signal ${x.id} (on ${x.accountId})`,
        params: { id: x.id, kind: x.kind, at: x.at, severity: x.severity, text: x.text, acknowledgedAt: x.acknowledgedAt, actedAt: x.actedAt, accountId: x.accountId },
      },
      ...link('signal.raisedBy', x.raisedById, 'who raised'),
      ...link('signal.reportedBy', x.reportedById, 'who reported'),
      ...link('signal.acknowledgedBy', x.acknowledgedById, 'who acknowledged'),
    ];
  }
  return [
    { query: 'signal.update', params: { id: x.id, acknowledgedAt: x.acknowledgedAt, actedAt: x.actedAt }, rows: 1, expect: 1, what: `signal ${x.id}` },
    ...link('signal.acknowledgedBy', x.acknowledgedById, 'who acknowledged'),
  ];
}

/** Exactly the properties plan.create stores, in one fixed key order (the sections as one JSON string). */
function planParams(v: PlanVersionData): Params {
  return {
    id: versionId(v.planId, v.version), planId: v.planId, accountId: v.accountId, year: v.year, version: v.version,
    updatedAt: v.updatedAt, updatedBy: v.updatedBy ?? null, sections: sectionsJson(v.sections),
  };
}

/** Exactly what competesAt.create stores: the two companies, the area and the estimated share. */
function competitorParams(l: CompetitorLinkData): Params {
  return { companyId: l.companyId, accountId: l.accountId, area: l.area, estimatedShare: l.estimatedShare ?? null };
}

/** Exactly what partnersAt.create stores: the two companies and the area. */
function partnerParams(l: PartnerLinkData): Params {
  return { companyId: l.companyId, accountId: l.accountId, area: l.area };
}

/** Exactly what activity.create stores: its properties, the version it is IN_PLAN, its owner. */
function activityParams(a: ActivityData): Params {
  return { id: a.id, title: a.title, dueAt: a.dueAt, status: a.status, versionId: versionId(a.planId, a.addedIn), ownerId: a.ownerId };
}

/** The statements for a single change: one, except for an interaction's correction (see above). */
export function statementsFor(c: Change): PlannedStatement[] {
  if (c.kind === 'signal.upserted') return signalStatements(c.signal, c.created);
  // an activity's correction, like an interaction's: removed and created again, so its owner link is exactly the new one
  if (c.kind === 'activity.upserted' && !c.created) {
    const id = c.activity.id;
    return [{ query: 'activity.remove', params: { id }, rows: 1, expect: 1, what: `activity ${id}` }, statement(c)];
  }
  if (c.kind === 'interaction.upserted' && !c.created) {
    const id = c.interaction.id;
    return [{ query: 'interaction.remove', params: { id }, rows: 1, expect: 1, what: `interaction ${id}` }, statement(c)];
  }
  return [statement(c)];
}

/** The one statement for a single change (for a correction of an interaction, the second of `statementsFor`). */
export function statement(c: Change): PlannedStatement {
  const one = (query: string, params: Params, expect: number | 'some' | undefined, what: string): PlannedStatement => ({ query, params, rows: 1, expect, what });
  switch (c.kind) {
    case 'company.upserted':
      return c.created
        ? one('company.create', companyParams(c.company), 1, `new company ${c.company.id}`)
        : one('company.update', companyParams(c.company), 'some', `company ${c.company.id}`);
    case 'company.removed':
      return one('company.remove', { id: c.id }, undefined, `company ${c.id}`);
    case 'person.upserted':
      return c.created
        ? one('person.create', personParams(c.person), 1, `new person ${c.person.id}`)
        : one('person.update', personParams(c.person), 'some', `person ${c.person.id}`);
    case 'person.removed':
      return one('person.remove', { id: c.id }, undefined, `person ${c.id}`);
    case 'employment.set': {
      const params = { personId: c.personId, companyId: c.companyId, title: c.title ?? null, since: c.since ?? null };
      return c.previousCompanyId === null
        ? one('worksAt.create', params, 1, `employment ${c.personId} → ${c.companyId}`)
        : one('worksAt.replace', { ...params, previousCompanyId: c.previousCompanyId }, 'some', `employment ${c.personId} → ${c.previousCompanyId}`);
    }
    case 'employment.removed':
      return one('worksAt.remove', { personId: c.personId, companyId: c.companyId }, undefined, `employment ${c.personId} → ${c.companyId}`);
    case 'parent.set': {
      const params = { unitId: c.unitId, parentId: c.parentId };
      return c.previousParentId === null
        ? one('partOf.create', params, 1, `parent ${c.unitId} → ${c.parentId}`)
        : one('partOf.replace', { ...params, previousParentId: c.previousParentId }, 'some', `parent ${c.unitId} → ${c.previousParentId}`);
    }
    case 'parent.removed':
      return one('partOf.remove', { unitId: c.unitId, parentId: c.parentId }, undefined, `parent ${c.unitId} → ${c.parentId}`);
    case 'manager.set': {
      const params = { personId: c.personId, managerId: c.managerId, since: c.since ?? null };
      return c.previousManagerId === null
        ? one('reportsTo.create', params, 1, `manager ${c.personId} → ${c.managerId}`)
        : one('reportsTo.replace', { ...params, previousManagerId: c.previousManagerId }, 'some', `manager ${c.personId} → ${c.previousManagerId}`);
    }
    case 'manager.removed':
      return one('reportsTo.remove', { personId: c.personId, managerId: c.managerId }, undefined, `manager ${c.personId} → ${c.managerId}`);
    case 'influence.upserted': {
      const params = { fromId: c.fromId, toId: c.toId, strength: c.strength, note: c.note ?? null, since: c.since ?? null };
      return c.created
        ? one('influences.create', params, 1, `new influence ${c.fromId} → ${c.toId}`)
        : one('influences.update', params, 'some', `influence ${c.fromId} → ${c.toId}`);
    }
    case 'influence.removed':
      return one('influences.remove', { fromId: c.fromId, toId: c.toId }, undefined, `influence ${c.fromId} → ${c.toId}`);
    case 'knows.upserted': {
      const params = { fromId: c.fromId, toId: c.toId, strength: c.strength, lastContactAt: c.lastContactAt ?? null, since: c.since ?? null };
      return c.created
        ? one('knows.create', params, 1, `new relationship ${c.fromId} → ${c.toId}`)
        : one('knows.update', params, 'some', `relationship ${c.fromId} → ${c.toId}`);
    }
    case 'knows.removed':
      return one('knows.remove', { fromId: c.fromId, toId: c.toId }, undefined, `relationship ${c.fromId} → ${c.toId}`);
    case 'team.upserted': {
      const params = { personId: c.personId, companyId: c.companyId, role: c.role ?? null };
      return c.created
        ? one('onTeam.create', params, 1, `new team membership ${c.personId} → ${c.companyId}`)
        : one('onTeam.update', params, 'some', `team membership ${c.personId} → ${c.companyId}`);
    }
    case 'team.removed':
      return one('onTeam.remove', { personId: c.personId, companyId: c.companyId }, undefined, `team membership ${c.personId} → ${c.companyId}`);
    case 'interaction.upserted': {
      const i = c.interaction;
      return one('interaction.create', interactionParams(i), i.participantIds.length, `${c.created ? 'new ' : ''}interaction ${i.id} (about ${i.accountId}, ${i.participantIds.length} participants)`);
    }
    case 'interaction.removed':
      return one('interaction.remove', { id: c.id }, undefined, `interaction ${c.id}`);
    case 'potential.set': {
      const p = c.potential;
      return one('potential.set', { companyId: p.companyId, annualTurnover: p.annualTurnover ?? null, image: p.image ?? null, walletEstimate: p.walletEstimate ?? null }, 'some', `potential of company ${p.companyId}`);
    }
    case 'product.upserted':
      return c.created
        ? one('product.create', productParams(c.product), 1, `new product ${c.product.id}`)
        : one('product.update', productParams(c.product), 'some', `product ${c.product.id}`);
    case 'product.removed':
      return one('product.remove', { id: c.id }, undefined, `product ${c.id}`);
    case 'sale.upserted': {
      const id = saleId(c.sale.accountId, c.sale.productId, c.sale.period);
      return c.created
        ? one('sale.create', saleParams(c.sale), 1, `new sale ${id}`)
        : one('sale.update', saleFigures(c.sale), 'some', `sale ${id}`);
    }
    case 'sale.removed':
      return one('sale.remove', { id: saleId(c.accountId, c.productId, c.period) }, undefined, `sale ${saleId(c.accountId, c.productId, c.period)}`);
    case 'signal.upserted':
      return signalStatements(c.signal, c.created)[0];
    // account management (docs/plans.md "Store"): links by both ends' keys, then the competitor's own links
    case 'competitor.upserted': {
      const l = c.link;
      const params = competitorParams(l);
      return c.created
        ? one('competesAt.create', params, 1, `new competitor ${l.companyId} at ${l.accountId} (${l.area})`)
        : one('competesAt.update', params, 'some', `competitor ${l.companyId} at ${l.accountId} (${l.area})`);
    }
    case 'competitor.removed':
      return one('competesAt.remove', { companyId: c.companyId, accountId: c.accountId, area: c.area }, undefined, `competitor ${c.companyId} at ${c.accountId} (${c.area})`);
    case 'partner.added':
      return one('partnersAt.create', partnerParams(c.link), 1, `new partner ${c.link.companyId} at ${c.link.accountId} (${c.link.area})`);
    case 'partner.removed':
      return one('partnersAt.remove', { companyId: c.companyId, accountId: c.accountId, area: c.area }, undefined, `partner ${c.companyId} at ${c.accountId} (${c.area})`);
    case 'plan.versioned':
      return one('plan.create', planParams(c.version), 1, `version ${c.version.version} of plan ${c.version.planId}`);
    case 'plan.removed': {
      const ids = Array.from({ length: c.versions }, (_, i) => versionId(c.planId, i + 1));
      return { query: 'plan.remove', params: { ids }, rows: 1, expect: c.versions, what: `plan ${c.planId} (${c.versions} versions)` };
    }
    case 'activity.upserted':
      return one('activity.create', activityParams(c.activity), 1, `${c.created ? 'new ' : ''}activity ${c.activity.id} (plan ${c.activity.planId}, owner ${c.activity.ownerId})`);
    case 'activity.removed':
      return one('activity.remove', { id: c.id }, undefined, `activity ${c.id}`);
    case 'graph.cleared':
      return one('graph.clear', {}, undefined, 'the whole graph');
    default:
      return unhandled(c);
  }
}
