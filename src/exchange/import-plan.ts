import type { Change } from '../domain/changes.js';
import { DIRECTED_KINDS, LEVELLED_KINDS, type CompanyKind, type Direction, type InteractionKind, type MeetingLevel, type TeamRole } from '../domain/enums.js';
import type { CompanyPotential, CompanyRecord, PersonRecord, ProductRecord, SaleRecord } from '../domain/records.js';
import { monthIndex, overlap, parseSalePeriod } from '../domain/period.js';
import { commercialGraph } from '../readmodel/read-graph.js';
import { managementGraph } from '../readmodel/management-graph.js';
import { fromDay } from '../readmodel/days.js';
import type { ReadGraph } from '../readmodel/read-graph.js';
import type { BundleFileName } from './bundle.js';
import type { Cell, ParsedBundle, Problem, Row } from './reader.js';

/** Per file: what the import did (or would do). */
export interface FileSummary { created: number; updated: number; unchanged: number; rejected: number }
export type ImportSummary = Partial<Record<BundleFileName, FileSummary>>;

export interface ImportPlan {
  changes: Change[];
  summary: ImportSummary;
  /** every problem, in file then line order */
  problems: Problem[];
  /** the rows refused (with `--skip-invalid` they are written to the rejects file) */
  rejected: { file: string; line: number; reason: string }[];
  /** true when every change creates something and the store is empty: the engine's bulk path applies */
  allNew: boolean;
}

type V = Record<string, Cell>;
const str = (v: Cell | undefined) => (v === undefined || v === null ? null : String(v));

/**
 * Plans an import against the graph as it is (docs/data-exchange.md
 * "Validation" and "Idempotence"): checks every reference across files and
 * the store (unknown ids, KNOWS from one of ours to a contact, teams of ours
 * on an account, no REPORTS_TO or PART_OF cycle of any length in the graph as
 * it would be), then turns each accepted row into typed changes, comparing
 * with what is stored: a row equal to the stored item is `unchanged` and
 * writes nothing, so the same bundle twice writes nothing the second time.
 * A column absent from a file's header keeps the stored value; an empty cell
 * clears it. Import adds and updates; it never removes.
 */
export async function planImport(g: ReadGraph, bundle: ParsedBundle, readProblems: Problem[], locate: (file: string, line: number) => { file: string; line: number } = (file, line) => ({ file, line })): Promise<ImportPlan> {
  const problems = [...readProblems];
  const refuse = (file: string, row: Row, column: string | null, reason: string) => {
    problems.push({ file, line: row.line, column, reason });
    row.ok = false;
  };
  // cooperative: on a server, a large import must not hold the event loop (docs/data-exchange.md "Writing")
  let ops = 0;
  const tick = async () => { if (++ops % 2048 === 0) await new Promise((r) => setImmediate(r)); };
  const rows = (name: BundleFileName) => bundle.get(name)?.rows ?? [];
  /** rows refused, by the id they would have written: a reference to one says so rather than "unknown" */
  const refusedAt = (name: 'companies' | 'people', id: string) => rows(name).find((r) => !r.ok && r.values.id === id)?.line;
  const unknown = (what: 'company' | 'person', id: string) => {
    const line = refusedAt(what === 'company' ? 'companies' : 'people', id);
    if (line === undefined) return `unknown ${what} "${id}"`;
    const at = locate(what === 'company' ? 'companies.csv' : 'people.csv', line);
    return `${what} "${id}" is refused (${at.file} line ${at.line})`;
  };
  const has = (name: BundleFileName, col: string) => bundle.get(name)?.columns.has(col) ?? false;

  // a refusal can invalidate rows that refer to the refused item: check again until nothing changes
  let refusedBefore = -1;
  let ctx!: Awaited<ReturnType<typeof check>>;
  while (refusedBefore !== problems.length) {
    refusedBefore = problems.length;
    ctx = await check();
  }
  const { storedParent } = ctx;

  async function check() {
    // --- the graph as it would be: companies, their parents and kinds; people and their employers
    const companyRow = new Map<string, V>();
    for (const r of rows('companies')) if (r.ok) companyRow.set(String(r.values.id), r.values);
    const personRow = new Map<string, V>();
    for (const r of rows('people')) if (r.ok) personRow.set(String(r.values.id), r.values);
    const companyExists = (id: string) => companyRow.has(id) || g.companyIndex(id) >= 0;
    const personExists = (id: string) => personRow.has(id) || g.personIndex(id) >= 0;
    const storedParent = (id: string) => {
      const c = g.companyIndex(id);
      const p = c < 0 ? -1 : g.parentOf(c);
      return p < 0 ? null : g.companyId(p);
    };
    const parentOf = (id: string): string | null => {
      const r = companyRow.get(id);
      return r && has('companies', 'parentId') ? str(r.parentId) : storedParent(id);
    };
    const kindOf = (id: string): CompanyKind | null => {
      const r = companyRow.get(id);
      if (r) return r.kind as CompanyKind;
      const c = g.companyIndex(id);
      return c < 0 ? null : g.companyKind(c);
    };
    const storedEmployer = (id: string) => {
      const i = g.personIndex(id);
      const e = i < 0 ? -1 : g.employerOf(i);
      return e < 0 ? null : g.companyId(e);
    };
    const employerOf = (id: string): string | null => {
      const r = personRow.get(id);
      return r && has('people', 'companyId') ? str(r.companyId) : storedEmployer(id);
    };
    const rootOf = (id: string) => {
      const seen = new Set<string>();
      let c = id;
      for (let p = parentOf(c); p !== null && !seen.has(p); p = parentOf(c)) { seen.add(c); c = p; }
      return c;
    };
    const isOurs = (personId: string) => {
      const e = employerOf(personId);
      return e !== null && kindOf(rootOf(e)) === 'SUPPLIER';
    };

    // --- references and rules, file by file
    for (const r of rows('companies')) {
    await tick();
      if (!r.ok) continue;
      const parent = str(r.values.parentId);
      if (parent === null) continue;
      if (parent === r.values.id) refuse('companies.csv', r, 'parentId', 'a unit cannot be its own parent');
      else if (!companyExists(parent)) refuse('companies.csv', r, 'parentId', unknown('company', parent));
    }
    for (const r of rows('people')) {
    await tick();
      if (!r.ok) continue;
      const c = str(r.values.companyId);
      if (c !== null && !companyExists(c)) refuse('people.csv', r, 'companyId', unknown('company', c));
      if (r.values.leftAt && r.values.active === true) refuse('people.csv', r, 'active', 'a person with leftAt cannot be active');
    }
    const personRef = (file: string, r: Row, col: string) => {
      const id = String(r.values[col]);
      if (!personExists(id)) { refuse(file, r, col, unknown('person', id)); return false; }
      return true;
    };
    for (const r of rows('reporting')) {
    await tick();
      if (!r.ok) continue;
      if (personRef('reporting.csv', r, 'personId') && personRef('reporting.csv', r, 'managerId') && r.values.personId === r.values.managerId) {
        refuse('reporting.csv', r, 'managerId', 'a person cannot report to themselves');
      }
    }
    for (const r of rows('influence')) {
    await tick();
      if (!r.ok) continue;
      if (personRef('influence.csv', r, 'fromId') && personRef('influence.csv', r, 'toId') && r.values.fromId === r.values.toId) {
        refuse('influence.csv', r, 'toId', 'a person cannot influence themselves');
      }
    }
    for (const r of rows('relationships')) {
    await tick();
      if (!r.ok) continue;
      if (!personRef('relationships.csv', r, 'ourPersonId') || !personRef('relationships.csv', r, 'contactId')) continue;
      if (!isOurs(String(r.values.ourPersonId))) refuse('relationships.csv', r, 'ourPersonId', `"${r.values.ourPersonId}" does not work for the supplier; a relationship starts at one of our people`);
      else if (isOurs(String(r.values.contactId))) refuse('relationships.csv', r, 'contactId', `"${r.values.contactId}" works for the supplier; a relationship ends at a customer-side person`);
    }
    for (const r of rows('team')) {
    await tick();
      if (!r.ok) continue;
      if (!personRef('team.csv', r, 'personId')) continue;
      const a = String(r.values.accountId);
      if (!companyExists(a)) refuse('team.csv', r, 'accountId', unknown('company', a));
      else if (kindOf(a) === 'SUPPLIER') refuse('team.csv', r, 'accountId', 'an account team serves a customer, not a supplier unit');
      else if (!isOurs(String(r.values.personId))) refuse('team.csv', r, 'personId', `"${r.values.personId}" does not work for the supplier`);
    }
    const today = new Date().toISOString().slice(0, 10);
    for (const r of rows('interactions')) {
      await tick();
      if (!r.ok) continue;
      const v = r.values;
      const kind = String(v.kind);
      if (String(v.at) > today) { refuse('interactions.csv', r, 'at', `must not be in the future (today is ${today}), got ${v.at}`); continue; }
      if (v.direction && !DIRECTED_KINDS.includes(kind as InteractionKind)) { refuse('interactions.csv', r, 'direction', `only an EMAIL has a direction, not a ${kind}`); continue; }
      if (v.level && !LEVELLED_KINDS.includes(kind as InteractionKind)) { refuse('interactions.csv', r, 'level', `only a MEETING or VISIT has a level, not a ${kind}`); continue; }
      const a = String(v.accountId);
      if (!companyExists(a)) { refuse('interactions.csv', r, 'accountId', unknown('company', a)); continue; }
      if (kindOf(rootOf(a)) === 'SUPPLIER') { refuse('interactions.csv', r, 'accountId', `"${a}" is a supplier unit; an interaction is about an account`); continue; }
      const ids = String(v.participantIds).split(';');
      if (ids.length < 2) { refuse('interactions.csv', r, 'participantIds', 'an interaction has at least two participants: one of ours and one contact'); continue; }
      const dup = ids.find((x, k) => ids.indexOf(x) !== k);
      if (dup !== undefined) { refuse('interactions.csv', r, 'participantIds', `"${dup}" is named twice`); continue; }
      const missing = ids.find((x) => !personExists(x));
      if (missing !== undefined) { refuse('interactions.csv', r, 'participantIds', unknown('person', missing)); continue; }
      const ours = ids.filter(isOurs).length;
      if (ours === 0) refuse('interactions.csv', r, 'participantIds', 'at least one participant must be one of our people');
      else if (ours === ids.length) refuse('interactions.csv', r, 'participantIds', 'at least one participant must be a contact (not one of our people)');
    }
    // sales (docs/commercial.md "In the bundle"): a known account of a customer's side, a known product, a period
    // not beginning after this month, a margin not above the revenue, and no yearly sale beside monthly ones of its year
    const cg = commercialGraph(g);
    const productRow = new Set<string>();
    for (const r of rows('products')) if (r.ok) productRow.add(String(r.values.id));
    const productExists = (id: string) => productRow.has(id) || cg.productIndex(id) >= 0;
    const unknownProduct = (id: string) => {
      const line = rows('products').find((r) => !r.ok && r.values.id === id)?.line;
      if (line === undefined) return `unknown product "${id}"`;
      const at = locate('products.csv', line);
      return `product "${id}" is refused (${at.file} line ${at.line})`;
    };
    const now = new Date();
    const thisMonth = monthIndex(now.getUTCFullYear(), now.getUTCMonth() + 1);
    const years = new Map<string, { monthly: boolean; yearly: boolean }>();
    for (const r of rows('sales')) {
      await tick();
      if (!r.ok) continue;
      const v = r.values;
      const a = String(v.accountId);
      const p = String(v.productId);
      const period = parseSalePeriod(String(v.period))!;
      if (!companyExists(a)) { refuse('sales.csv', r, 'accountId', unknown('company', a)); continue; }
      if (kindOf(rootOf(a)) === 'SUPPLIER') { refuse('sales.csv', r, 'accountId', `"${a}" is a supplier unit; a sale is to an account`); continue; }
      if (!productExists(p)) { refuse('sales.csv', r, 'productId', unknownProduct(p)); continue; }
      if (period.start > thisMonth) { refuse('sales.csv', r, 'period', `must not begin after this month, got ${v.period}`); continue; }
      if (v.contributionMargin !== null && v.contributionMargin !== undefined && Number(v.contributionMargin) > Number(v.revenue)) {
        refuse('sales.csv', r, 'contributionMargin', `cannot exceed the revenue (${v.revenue}), got ${v.contributionMargin}`);
        continue;
      }
      const yk = `${a}\u0000${p}\u0000${String(v.period).slice(0, 4)}`;
      const y = years.get(yk) ?? { monthly: false, yearly: false };
      if (period.length === 12) y.yearly = true;
      else y.monthly = true;
      years.set(yk, y);
      if (y.yearly && y.monthly) { refuse('sales.csv', r, 'period', `${a} has both a yearly and monthly sales of ${p} in ${String(v.period).slice(0, 4)}; they would count twice`); continue; }
      const c = cg.companyIndex(a);
      const product = cg.productIndex(p);
      if (c >= 0 && product >= 0) {
        let clash: string | null = null;
        cg.forEachSaleOf(c, (x, _a, prod, start, length) => {
          if (clash === null && prod === product && !(start === period.start && length === period.length) && overlap(start, length, period.start, period.start + period.length) > 0) clash = cg.sale(x).period;
        });
        if (clash !== null) refuse('sales.csv', r, 'period', `${a} already has a sale of ${p} for ${clash}, which overlaps ${v.period}; they would count twice`);
      }
    }
    // competitors and partners (docs/plans.md "In the bundle"): a company of the right kind at a customer's account or
    // unit; per account and area, the competitors' shares (the file's, and the stored ones it does not replace) at most 1
    const mg = managementGraph(g);
    const shares = new Map<string, { sum: number; from: Set<string> }>();
    mg.forEachCompany((c) => mg.forEachCompetingAt(c, (a, area, share) => {
      if (share === null) return;
      const key = `${g.companyId(a)}\u0000${area}`;
      const x = shares.get(key) ?? { sum: 0, from: new Set<string>() };
      x.sum += share;
      x.from.add(g.companyId(c));
      shares.set(key, x);
    }));
    const replaced = new Set<string>();
    for (const [file, name, kind, col] of [['competitors.csv', 'competitors', 'COMPETITOR', 'competitorId'], ['partners.csv', 'partners', 'PARTNER', 'partnerId']] as const) {
      for (const r of rows(name)) {
        await tick();
        if (!r.ok) continue;
        const k = String(r.values[col]);
        const a = String(r.values.accountId);
        if (!companyExists(k)) { refuse(file, r, col, unknown('company', k)); continue; }
        if (kindOf(k) !== kind) { refuse(file, r, col, `"${k}" is a ${kindOf(k)} company, not a ${kind}`); continue; }
        if (!companyExists(a)) { refuse(file, r, 'accountId', unknown('company', a)); continue; }
        if (kindOf(rootOf(a)) !== 'CUSTOMER') { refuse(file, r, 'accountId', `"${a}" is not a customer account or unit`); continue; }
        if (name !== 'competitors' || !has('competitors', 'estimatedShare')) continue;
        const key = `${a}\u0000${String(r.values.area).trim()}`;
        const x = shares.get(key) ?? { sum: 0, from: new Set<string>() };
        // the file's share replaces the stored one of the same competitor, account and area
        if (x.from.has(k) && !replaced.has(`${key}\u0000${k}`)) {
          const stored = mg.competitorShare(g.companyIndex(k), g.companyIndex(a), String(r.values.area).trim());
          x.sum -= stored ?? 0;
          replaced.add(`${key}\u0000${k}`);
        }
        x.sum += r.values.estimatedShare === null || r.values.estimatedShare === undefined ? 0 : Number(r.values.estimatedShare);
        x.from.add(k);
        shares.set(key, x);
        if (x.sum > 1 + 1e-9) refuse(file, r, 'estimatedShare', `the competitors' shares at ${a} in "${String(r.values.area).trim()}" would sum to ${Math.round(x.sum * 1e4) / 1e4}; they may not exceed 1`);
      }
    }
    // cycles of any length, in the graph as it would be
    await cycles(rows('companies'), (id) => parentOf(id), 'companies.csv', 'parentId', 'PART_OF', refuse);
    const managerRow = new Map<string, V>();
    for (const r of rows('reporting')) if (r.ok) managerRow.set(String(r.values.personId), r.values);
    const managerOf = (id: string) => {
      const r = managerRow.get(id);
      if (r) return String(r.managerId);
      const i = g.personIndex(id);
      const m = i < 0 ? -1 : g.managerOf(i);
      return m < 0 ? null : g.personId(m);
    };
    await cycles(rows('reporting'), managerOf, 'reporting.csv', 'managerId', 'REPORTS_TO', refuse, 'personId');
    return { storedParent };
  }

  // --- changes, in dependency order (nodes, then their links)
  const summary: ImportSummary = {};
  const changes: Change[] = [];
  const count = (name: BundleFileName, what: keyof FileSummary) => {
    const s = (summary[name] ??= { created: 0, updated: 0, unchanged: 0, rejected: 0 });
    s[what]++;
  };
  const parentChanges: Change[] = [];
  const potentialChanges: Change[] = [];
  const cg = commercialGraph(g);
  const POTENTIAL = ['annualTurnover', 'image', 'walletEstimate'] as const;
  for (const r of rows('companies')) {
    await tick();
    if (!r.ok) { count('companies', 'rejected'); continue; }
    const v = r.values;
    const id = String(v.id);
    const before = g.findCompany(id);
    const pick = <K extends keyof CompanyRecord>(k: K, fallback: CompanyRecord[K]): CompanyRecord[K] =>
      (has('companies', k) ? (v[k] ?? null) : (before?.[k] ?? fallback)) as CompanyRecord[K];
    const next: CompanyRecord = {
      id, name: String(v.name), kind: v.kind as CompanyKind, unitLevel: pick('unitLevel', null), country: pick('country', null),
      segment: pick('segment', null), isKeyAccount: pick('isKeyAccount', null), tier: pick('tier', null),
    };
    let changed = false;
    if (!before || !sameRecord(before, next)) { changes.push({ kind: 'company.upserted', company: next, created: !before }); changed = true; }
    if (has('companies', 'parentId')) {
      const old = storedParent(id);
      const parent = str(v.parentId);
      if (parent !== old) {
        parentChanges.push(parent === null ? { kind: 'parent.removed', unitId: id, parentId: old! } : { kind: 'parent.set', unitId: id, parentId: parent, previousParentId: old });
        changed = true;
      }
    }
    // potential inputs (docs/commercial.md): absent columns keep the stored values, as every column does
    if (POTENTIAL.some((k) => has('companies', k))) {
      const c = cg.companyIndex(id);
      const stored: CompanyPotential = c >= 0 ? cg.potential(c) : { companyId: id, annualTurnover: null, image: null, walletEstimate: null };
      const next: CompanyPotential = { companyId: id, annualTurnover: null, image: null, walletEstimate: null };
      for (const k of POTENTIAL) next[k] = has('companies', k) ? ((v[k] ?? null) as number | null) : stored[k];
      if (POTENTIAL.some((k) => next[k] !== stored[k])) {
        potentialChanges.push({ kind: 'potential.set', potential: next });
        changed = true;
      }
    }
    count('companies', !before ? 'created' : changed ? 'updated' : 'unchanged');
  }
  changes.push(...parentChanges, ...potentialChanges);

  const employment: Change[] = [];
  for (const r of rows('people')) {
    await tick();
    if (!r.ok) { count('people', 'rejected'); continue; }
    const v = r.values;
    const id = String(v.id);
    const before = g.findPerson(id);
    const pick = <K extends keyof PersonRecord>(k: K, fallback: PersonRecord[K]): PersonRecord[K] =>
      (has('people', k) ? (v[k] ?? null) : (before?.[k] ?? fallback)) as PersonRecord[K];
    const leftAt = pick('leftAt', null);
    const active = leftAt ? false : (pick('active', true) ?? true);
    const next: PersonRecord = {
      id, name: String(v.name), email: pick('email', null), title: pick('title', null), function: pick('function', null),
      decisionLevel: pick('decisionLevel', null), buyingRole: pick('buyingRole', null), attitude: pick('attitude', null),
      active, leftAt: active ? null : leftAt,
    };
    let changed = false;
    if (!before || !sameRecord(before, next)) { changes.push({ kind: 'person.upserted', person: next, created: !before }); changed = true; }
    if (has('people', 'companyId')) {
      const i = g.personIndex(id);
      const e = i < 0 ? null : g.employment(i);
      const old = e ? { companyId: g.companyId(e.company), title: e.title, since: fromDay(e.since) } : null;
      const companyId = str(v.companyId);
      const title = has('people', 'employmentTitle') ? str(v.employmentTitle) : next.title;
      const since = has('people', 'employedSince') ? str(v.employedSince) : (old?.since ?? null);
      if (companyId === null) {
        if (old) { employment.push({ kind: 'employment.removed', personId: id, companyId: old.companyId }); changed = true; }
      } else if (!old || old.companyId !== companyId || old.title !== title || old.since !== since) {
        employment.push({ kind: 'employment.set', personId: id, companyId, title, since, previousCompanyId: old?.companyId ?? null });
        changed = true;
      }
    }
    count('people', !before ? 'created' : changed ? 'updated' : 'unchanged');
  }
  changes.push(...employment);

  for (const r of rows('reporting')) {
    await tick();
    if (!r.ok) { count('reporting', 'rejected'); continue; }
    const personId = String(r.values.personId);
    const managerId = String(r.values.managerId);
    const i = g.personIndex(personId);
    const m = i < 0 ? -1 : g.managerOf(i);
    const old = m < 0 ? null : { id: g.personId(m), since: fromDay(g.managerSince(i)) };
    const since = has('reporting', 'since') ? str(r.values.since) : (old?.id === managerId ? old.since : null);
    if (old && old.id === managerId && old.since === since) { count('reporting', 'unchanged'); continue; }
    changes.push({ kind: 'manager.set', personId, managerId, since, previousManagerId: old?.id ?? null });
    count('reporting', old ? 'updated' : 'created');
  }
  for (const r of rows('influence')) {
    await tick();
    if (!r.ok) { count('influence', 'rejected'); continue; }
    const fromId = String(r.values.fromId);
    const toId = String(r.values.toId);
    const old = g.influenceLink(g.personIndex(fromId), g.personIndex(toId));
    const note = has('influence', 'note') ? str(r.values.note) : (old?.note ?? null);
    const since = has('influence', 'since') ? str(r.values.since) : (old ? fromDay(old.since) : null);
    const strength = Number(r.values.strength);
    if (old && old.strength === strength && old.note === note && fromDay(old.since) === since) { count('influence', 'unchanged'); continue; }
    changes.push({ kind: 'influence.upserted', fromId, toId, strength, note, since, created: !old });
    count('influence', old ? 'updated' : 'created');
  }
  for (const r of rows('relationships')) {
    await tick();
    if (!r.ok) { count('relationships', 'rejected'); continue; }
    const fromId = String(r.values.ourPersonId);
    const toId = String(r.values.contactId);
    const old = g.knowsLink(g.personIndex(fromId), g.personIndex(toId));
    const lastContactAt = has('relationships', 'lastContactAt') ? str(r.values.lastContactAt) : (old ? fromDay(old.lastContact) : null);
    const since = has('relationships', 'since') ? str(r.values.since) : (old ? fromDay(old.since) : null);
    const strength = Number(r.values.strength);
    if (old && old.strength === strength && fromDay(old.lastContact) === lastContactAt && fromDay(old.since) === since) { count('relationships', 'unchanged'); continue; }
    changes.push({ kind: 'knows.upserted', fromId, toId, strength, lastContactAt, since, created: !old });
    count('relationships', old ? 'updated' : 'created');
  }
  for (const r of rows('team')) {
    await tick();
    if (!r.ok) { count('team', 'rejected'); continue; }
    const personId = String(r.values.personId);
    const companyId = String(r.values.accountId);
    const old = g.teamRole(g.personIndex(personId), g.companyIndex(companyId));
    const role = (has('team', 'role') ? str(r.values.role) : (old ?? null)) as TeamRole | null;
    if (old !== undefined && old === role) { count('team', 'unchanged'); continue; }
    changes.push({ kind: 'team.upserted', personId, companyId, role, created: old === undefined });
    count('team', old === undefined ? 'created' : 'updated');
  }

  for (const r of rows('interactions')) {
    await tick();
    if (!r.ok) { count('interactions', 'rejected'); continue; }
    const v = r.values;
    const id = String(v.id);
    const next = {
      id, kind: v.kind as InteractionKind, at: String(v.at),
      direction: (has('interactions', 'direction') ? str(v.direction) : null) as Direction | null,
      level: (has('interactions', 'level') ? str(v.level) : null) as MeetingLevel | null,
      subject: has('interactions', 'subject') ? str(v.subject) : null,
      accountId: String(v.accountId),
      participantIds: String(v.participantIds).split(';').sort(),
    };
    const i = g.interactionIndex(id);
    if (i >= 0) {
      const before = g.interaction(i);
      const a = g.interactionAccount(i);
      const parts: string[] = [];
      g.forEachParticipant(i, (p) => parts.push(g.personId(p)));
      parts.sort();
      const same = before.kind === next.kind && before.at === next.at && (before.direction ?? null) === next.direction && (before.level ?? null) === next.level
        && (before.subject ?? null) === next.subject && (a >= 0 ? g.companyId(a) : null) === next.accountId && parts.join(';') === next.participantIds.join(';');
      if (same) { count('interactions', 'unchanged'); continue; }
    }
    changes.push({ kind: 'interaction.upserted', interaction: next, created: i < 0 });
    count('interactions', i < 0 ? 'created' : 'updated');
  }

  for (const r of rows('products')) {
    await tick();
    if (!r.ok) { count('products', 'rejected'); continue; }
    const v = r.values;
    const id = String(v.id);
    const before = cg.findProduct(id);
    const pick = <K extends 'launchedAt' | 'listPrice'>(k: K): ProductRecord[K] => (has('products', k) ? (v[k] ?? null) : (before?.[k] ?? null)) as ProductRecord[K];
    const next: ProductRecord = { id, name: String(v.name), family: String(v.family), launchedAt: pick('launchedAt'), listPrice: pick('listPrice') };
    if (before && sameRecord(before, next)) { count('products', 'unchanged'); continue; }
    changes.push({ kind: 'product.upserted', product: next, created: !before });
    count('products', before ? 'updated' : 'created');
  }
  for (const r of rows('sales')) {
    await tick();
    if (!r.ok) { count('sales', 'rejected'); continue; }
    const v = r.values;
    const x = cg.saleIndex(String(v.accountId), String(v.productId), String(v.period));
    const before = x < 0 ? null : cg.sale(x);
    const pick = <K extends 'listRevenue' | 'contributionMargin'>(k: K): SaleRecord[K] => (has('sales', k) ? (v[k] ?? null) : (before?.[k] ?? null)) as SaleRecord[K];
    const next: SaleRecord = {
      accountId: String(v.accountId), productId: String(v.productId), period: String(v.period), revenue: Number(v.revenue), volume: Number(v.volume),
      listRevenue: pick('listRevenue'), contributionMargin: pick('contributionMargin'),
    };
    if (before && sameRecord(before, next)) { count('sales', 'unchanged'); continue; }
    changes.push({ kind: 'sale.upserted', sale: next, created: !before });
    count('sales', before ? 'updated' : 'created');
  }

  const mg = managementGraph(g);
  for (const r of rows('competitors')) {
    await tick();
    if (!r.ok) { count('competitors', 'rejected'); continue; }
    const companyId = String(r.values.competitorId);
    const accountId = String(r.values.accountId);
    const area = String(r.values.area).trim();
    const stored = mg.competitorShare(g.companyIndex(companyId), g.companyIndex(accountId), area);
    const share = has('competitors', 'estimatedShare') ? ((r.values.estimatedShare ?? null) as number | null) : (stored ?? null);
    if (stored !== undefined && stored === share) { count('competitors', 'unchanged'); continue; }
    changes.push({ kind: 'competitor.upserted', link: { companyId, accountId, area, estimatedShare: share }, created: stored === undefined });
    count('competitors', stored === undefined ? 'created' : 'updated');
  }
  for (const r of rows('partners')) {
    await tick();
    if (!r.ok) { count('partners', 'rejected'); continue; }
    const companyId = String(r.values.partnerId);
    const accountId = String(r.values.accountId);
    const area = String(r.values.area).trim();
    if (mg.hasPartnerLink(g.companyIndex(companyId), g.companyIndex(accountId), area)) { count('partners', 'unchanged'); continue; }
    changes.push({ kind: 'partner.added', link: { companyId, accountId, area } });
    count('partners', 'created');
  }

  problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  const rejected = problems.filter((p) => p.line > 0).map((p) => ({ file: p.file, line: p.line, reason: p.column ? `${p.column}: ${p.reason}` : p.reason }));
  const allNew = g.personCount === 0 && g.companyCount === 0 && cg.productCount === 0 && changes.every((c) => !('created' in c) || c.created);
  return { changes, summary, problems, rejected, allNew };
}

/** Same stored values (records have a fixed key order, from the same constructors). */
function sameRecord<T extends object>(a: T, b: T): boolean {
  for (const k of Object.keys(b) as (keyof T)[]) if ((a[k] ?? null) !== (b[k] ?? null)) return false;
  return true;
}

/**
 * Refuses the rows that close a cycle through `next` (PART_OF or REPORTS_TO)
 * in the graph as it would be: walks up from each row's item, with no depth
 * limit, marking items whose chain is known to end.
 */
async function cycles(
  rows: Row[], next: (id: string) => string | null, file: string, column: string, what: string,
  refuse: (file: string, row: Row, column: string | null, reason: string) => void, idColumn = 'id',
) {
  const ends = new Set<string>();
  let n = 0;
  for (const r of rows) {
    if (++n % 2048 === 0) await new Promise((res) => setImmediate(res));
    if (!r.ok) continue;
    const start = String(r.values[idColumn]);
    const path = new Set<string>();
    let c: string | null = start;
    while (c !== null && !ends.has(c) && !path.has(c)) {
      path.add(c);
      c = next(c);
    }
    if (c !== null && path.has(c)) {
      const loop = [...path].slice([...path].indexOf(c));
      const shown = loop.length > 8 ? [...loop.slice(0, 4), '…', ...loop.slice(-3)] : loop;
      refuse(file, r, column, `closes a ${what} cycle of ${loop.length}: ${[...shown, c].join(' → ')}`);
      // one report per cycle: without this row the cycle is broken (the next pass rebuilds the chains without it)
      for (const p of path) ends.add(p);
    }
    else for (const p of path) ends.add(p);
  }
}
