import { oneOf, optionalText, requireId } from '../../common/validate.js';
import {
  deadlineOf, isBreached, isEscalating, notTopManagement, SIGNAL_KINDS, SIGNAL_STATUSES, statusOf, type SignalData, type SignalStatus,
} from '../../domain/signals.js';
import { rootIndex, worksForSupplier } from '../../domain/terms.js';
import { badInput, DomainError, notFound } from '../../errors.js';
import type { ReadGraph, ReadModelSource } from '../../readmodel/read-graph.js';
import type { Writer } from '../../readmodel/writer.js';
import type { SignalEvents } from './signal.events.js';

/** What `raiseSignal` takes. */
export interface RaiseSignalData {
  id: string;
  kind: string;
  /** ISO-8601 instant; default now */
  at?: string | null;
  severity: number;
  text?: string | null;
  accountId: string;
  raisedById?: string | null;
  reportedById?: string | null;
}

/** A signal as the API shows it: the record, its status and deadline as of now. */
export interface SignalView extends SignalData {
  status: SignalStatus;
  /** null for kinds the 24-hour rule does not cover */
  deadline: string | null;
  breached: boolean;
}

/** ISO-8601 instant (`2026-11-23T09:30:00Z`, with an offset or Z), normalised to UTC milliseconds. */
function instant(field: string, value: string): string {
  const t = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(t)) throw badInput(field, `${field} must be a date-time like 2026-11-23T09:30:00Z, got "${value}"`);
  return new Date(t).toISOString();
}

/**
 * Signals and escalation (DESIGN §4 "Signals and the 24-hour rule",
 * docs/decisions.md "Signals and escalation"): raising, acknowledging (top
 * management only), closing, and the lists; every read through the caller's
 * scoped read model, every write through its writer.
 */
export class SignalService {
  constructor(
    private readonly host: ReadModelSource,
    private readonly writer: Writer,
    private readonly bus: SignalEvents | null,
    private readonly escalationHours: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  view(s: SignalData, now = this.now().toISOString()): SignalView {
    const escalating = isEscalating(s);
    return {
      ...s, status: statusOf(s, this.escalationHours, now),
      deadline: escalating ? deadlineOf(s, this.escalationHours) : null,
      breached: isBreached(s, this.escalationHours, now),
    };
  }

  static validate(g: ReadGraph, input: RaiseSignalData, now: string): SignalData {
    const id = requireId('input.id', input.id);
    const kind = oneOf('input.kind', input.kind, SIGNAL_KINDS) ?? (() => { throw badInput('input.kind', 'input.kind is required'); })();
    const at = input.at ? instant('input.at', input.at) : now;
    if (Date.parse(at) > Date.parse(now) + 60_000) throw badInput('input.at', `input.at must not be in the future (now is ${now}), got ${at}`);
    if (!Number.isInteger(input.severity) || input.severity < 1 || input.severity > 3) throw badInput('input.severity', `input.severity must be 1, 2 or 3, got ${input.severity}`);
    const text = optionalText('input.text', input.text);
    const accountId = requireId('input.accountId', input.accountId);
    const c = g.companyIndex(accountId);
    if (c < 0) throw notFound('input.accountId', 'company', accountId);
    const root = rootIndex(g, c);
    if (g.companyKind(root) === 'SUPPLIER') throw badInput('input.accountId', `"${accountId}" is one of our own units, not an account`);
    let raisedById: string | null = null;
    if (input.raisedById != null) {
      raisedById = requireId('input.raisedById', input.raisedById);
      const p = g.personIndex(raisedById);
      if (p < 0) throw notFound('input.raisedById', 'person', raisedById);
      const e = g.employerOf(p);
      if (e < 0 || rootIndex(g, e) !== root) throw badInput('input.raisedById', `${raisedById} is not a contact of ${g.companyId(root)}`);
    }
    let reportedById: string | null = null;
    if (input.reportedById != null) {
      reportedById = requireId('input.reportedById', input.reportedById);
      if (g.personIndex(reportedById) < 0) throw notFound('input.reportedById', 'person', reportedById);
      if (!worksForSupplier(g, reportedById)) throw badInput('input.reportedById', `${reportedById} is not one of our people`);
    }
    return { id, kind, at, severity: input.severity, text, acknowledgedAt: null, actedAt: null, accountId, raisedById, reportedById, acknowledgedById: null };
  }

  /** Records a signal; an id that exists already is a CONFLICT (a signal is raised once). */
  async raise(input: RaiseSignalData): Promise<SignalView> {
    const now = this.now().toISOString();
    const s = await this.writer.commit((g) => {
      const next = SignalService.validate(g, input, now);
      if (g.findSignal(next.id)) throw new DomainError('CONFLICT', `signal "${next.id}" exists already`, 'input.id');
      return { changes: [{ kind: 'signal.upserted', signal: next, created: true }], result: next };
    });
    await this.bus?.changed(s, true);
    return this.view(s, now);
  }

  /**
   * Top management takes a signal: only one of our people at depth ≤ 1 of our
   * reporting tree or of function EXECUTIVE (FORBIDDEN with the reason
   * otherwise). Acknowledging twice is refused; a late acknowledgement is
   * recorded, and the signal stays breached.
   */
  async acknowledge(id: string, personId: string): Promise<SignalView> {
    requireId('id', id);
    requireId('personId', personId);
    const now = this.now().toISOString();
    const s = await this.writer.commit((g) => {
      const s = g.findSignal(id);
      if (!s) throw notFound('id', 'signal', id);
      const p = g.personIndex(personId);
      if (p < 0) throw notFound('personId', 'person', personId);
      const why = notTopManagement(g, p);
      if (why) throw new DomainError('FORBIDDEN', `only top management acknowledges a signal: ${why}`, 'personId');
      if (s.acknowledgedAt !== null) throw badInput('id', `signal "${id}" was acknowledged already, by ${s.acknowledgedById ?? 'someone'} at ${s.acknowledgedAt}`);
      const next: SignalData = { ...s, acknowledgedAt: now, acknowledgedById: personId };
      return { changes: [{ kind: 'signal.upserted', signal: next, created: false }], result: next };
    });
    await this.bus?.changed(s, false);
    return this.view(s, now);
  }

  /** Records that the signal was acted on (`actedAt`, default now): it is DONE. */
  async close(id: string, actedAt?: string | null): Promise<SignalView> {
    requireId('id', id);
    const now = this.now().toISOString();
    const when = actedAt ? instant('actedAt', actedAt) : now;
    if (Date.parse(when) > Date.parse(now) + 60_000) throw badInput('actedAt', `actedAt must not be in the future (now is ${now})`);
    const s = await this.writer.commit((g) => {
      const s = g.findSignal(id);
      if (!s) throw notFound('id', 'signal', id);
      if (s.actedAt !== null) throw badInput('id', `signal "${id}" was closed already at ${s.actedAt}`);
      if (Date.parse(when) < Date.parse(s.at)) throw badInput('actedAt', `actedAt (${when}) is before the signal (${s.at})`);
      const next: SignalData = { ...s, actedAt: when };
      return { changes: [{ kind: 'signal.upserted', signal: next, created: false }], result: next };
    });
    await this.bus?.changed(s, false);
    return this.view(s, now);
  }

  /**
   * The event stream as this caller may see it: each event is looked up in
   * the caller's scoped read model when it happens, so a signal on an account
   * out of scope is never sent (docs/access.md).
   */
  events(): AsyncIterableIterator<{ event: 'RAISED' | 'BREACHED'; at: string; signal: SignalView }> {
    const bus = this.bus;
    if (!bus) throw new DomainError('STORE_UNAVAILABLE', 'signal events are not available in this process');
    const source = bus.subscribe();
    const host = this.host;
    const view = (s: SignalData) => this.view(s);
    return (async function* () {
      for await (const e of source) {
        const s = (await host.ready()).findSignal(e.signalId);
        if (s) yield { event: e.event, at: e.at, signal: view(s) };
      }
    })();
  }

  async byId(id: string): Promise<SignalView | null> {
    const s = (await this.host.ready()).findSignal(id);
    return s ? this.view(s) : null;
  }

  /**
   * The signals the 24-hour rule covers (DISSATISFACTION, REDUCE_BUSINESS,
   * TERMINATE), optionally of one status, oldest first (breaches first in
   * line are the oldest).
   */
  async escalations(status?: string | null): Promise<SignalView[]> {
    const want = oneOf('status', status, SIGNAL_STATUSES);
    const g = await this.host.ready();
    const now = this.now().toISOString();
    const out: SignalView[] = [];
    g.forEachSignal((s) => {
      if (!isEscalating(s)) return;
      const v = this.view(s, now);
      if (want === null || v.status === want) out.push(v);
    });
    return out.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  }

  /** The signals ON a company or any unit under it, newest first. */
  async ofCompany(companyId: string): Promise<SignalView[]> {
    const g = await this.host.ready();
    const c = g.companyIndex(companyId);
    if (c < 0) return [];
    const now = this.now().toISOString();
    const out: SignalView[] = [];
    g.forEachSignal((s) => {
      const on = g.companyIndex(s.accountId);
      for (let u = on, i = 0; u >= 0 && i < 64; u = g.parentOf(u), i++) {
        if (u === c) { out.push(this.view(s, now)); return; }
      }
    });
    return out.sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
  }
}
