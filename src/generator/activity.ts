import type { GraphData } from '../domain/graph-data.js';
import { unitTree } from './tree.js';
import type { Direction, InteractionKind, MeetingLevel } from '../domain/enums.js';
import type { InteractionData, PersonRecord } from '../domain/records.js';
import { DEFAULT_STRENGTH } from '../domain/strength.js';
import type { SignalData } from '../domain/signals.js';
import type { rng as makeRng } from './generate.js';

type Rng = ReturnType<typeof makeRng>;

const DAY = 86_400_000;
const dayOf = (today: Date, minusDays: number) => new Date(today.getTime() - minusDays * DAY).toISOString().slice(0, 10);
const daysBefore = (today: Date, iso: string) => Math.round((today.getTime() - Date.parse(`${iso}T00:00:00Z`)) / DAY);

/** Share of customer groups that went quiet: no interaction in the last 8 to 14 months. */
export const QUIET_SHARE = 0.1;
/** How far back history goes at most (days): two years and a bit, so a 12-month trend has a year behind it. */
const HISTORY_DAYS = 800;

/**
 * Interactions for a generated graph (docs/decisions.md "Generated graphs"):
 * for every KNOWS edge, the meetings, visits, calls, events and mails that
 * would have produced it. The most recent one falls on the edge's
 * lastContactAt, brought closer for live relationships (within 40 days for
 * a typed strength ≥ 0.6, 120 days for ≥ 0.3: derived strength is
 * recency-weighted, so a strong relationship is one met lately); earlier ones go back until the pair's derived strength
 * (DESIGN §4, default parameters) reaches the typed strength, then up to
 * three more, sparser, go on back towards the edge's since (history reaches
 * back ~2 years at most; at most 12 per edge, about 9 on average).
 * Weak edges are mostly one-way mail, meetings carry a level by the
 * contact's decision level, some meetings include a second contact of the
 * same account, and a tenth of the customer groups went quiet (their
 * interactions end 8–14 months ago, so their coverage decays over a trend).
 * Stale edges keep their old dates. Afterwards each edge's lastContactAt is
 * its last interaction, as a CRM would show it.
 */
export function generateActivity(g: GraphData, r: Rng, today: Date): InteractionData[] {
  const people = new Map<string, PersonRecord>(g.people.map((p) => [p.id, p]));
  const { parent, rootOf } = unitTree(g);
  const accountOf = new Map<string, string>();
  for (const w of g.worksAt) accountOf.set(w.personId, rootOf(w.companyId));
  const groups = [...new Set(g.companies.filter((c) => c.kind === 'CUSTOMER' && !parent.has(c.id)).map((c) => c.id))];
  const quiet = new Map<string, number>();
  // every tenth group from the eighth on (the demo's last of eight: the first ones stay the README's lively examples)
  groups.forEach((id, k) => { if (k % Math.round(1 / QUIET_SHARE) === 7) quiet.set(id, r.int(240, 420)); });
  // the contacts each of ours holds, per account: a second participant for some meetings
  const heldIn = new Map<string, string[]>();
  for (const k of g.knows) {
    const key = `${k.fromId}|${accountOf.get(k.toId)}`;
    const list = heldIn.get(key);
    if (list) list.push(k.toId); else heldIn.set(key, [k.toId]);
  }

  const out: InteractionData[] = [];
  let n = 0;
  const w = DEFAULT_STRENGTH.weights;
  const half = DEFAULT_STRENGTH.halfLifeDays;
  for (const k of g.knows) {
    const contact = people.get(k.toId);
    const account = accountOf.get(k.toId);
    if (!contact || !account) continue;
    const shift = quiet.get(account) ?? 0;
    const weak = k.strength < 0.3;
    // the sum of contributions that gives the typed strength: 1 − exp(−S/2) = s
    const target = -DEFAULT_STRENGTH.saturation * Math.log(1 - Math.min(k.strength, 0.95));
    const since = k.since ? daysBefore(today, k.since) : HISTORY_DAYS;
    let age = k.lastContactAt ? daysBefore(today, k.lastContactAt) : r.int(400, 700);
    // strength comes from recent contact (half-life 90 days): a live strong relationship met lately, a medium one this season
    if (age <= 365) age = Math.min(age, k.strength >= 0.6 ? r.int(1, 40) : k.strength >= 0.3 ? r.int(1, 120) : age);
    age += shift;
    let sum = 0;
    let last = -1;
    let history = 0;
    for (let count = 0; count < 12 && history < 3 && age <= Math.min(since, HISTORY_DAYS); count++) {
      const kind: InteractionKind = weak
        ? r.weighted([['EMAIL', 8], ['CALL', 1], ['EVENT', 1]] as const)
        : r.weighted([['MEETING', 25], ['CALL', 30], ['EMAIL', 30], ['VISIT', 8], ['EVENT', 7]] as const);
      const direction: Direction | null = kind !== 'EMAIL' ? null
        : weak ? r.weighted([['OUTBOUND', 9], ['INBOUND', 1]] as const) : r.weighted([['OUTBOUND', 5], ['INBOUND', 3], ['BOTH', 2]] as const);
      const level: MeetingLevel | null = kind !== 'MEETING' && kind !== 'VISIT' ? null
        : contact.decisionLevel === 'CENTRAL' ? r.weighted([['STRATEGIC', 5], ['TACTICAL', 4], ['OPERATIONAL', 1]] as const)
          : contact.decisionLevel === 'REGIONAL' ? r.weighted([['STRATEGIC', 1], ['TACTICAL', 5], ['OPERATIONAL', 4]] as const)
            : r.weighted([['TACTICAL', 2], ['OPERATIONAL', 8]] as const);
      const participantIds = [k.fromId, k.toId];
      if (kind === 'MEETING' && r.chance(0.2)) {
        const other = r.pick(heldIn.get(`${k.fromId}|${account}`) ?? []);
        if (other && other !== k.toId) participantIds.push(other);
      }
      const at = dayOf(today, age);
      out.push({
        id: `i-${++n}`, kind, at, direction, level, accountId: account, participantIds: participantIds.sort(),
        subject: kind === 'MEETING' ? `${level!.toLowerCase()} meeting` : kind === 'VISIT' ? 'site visit' : null,
      });
      if (last < 0) last = age;
      sum += (w[kind] * 2 ** (-age / half)) / Math.sqrt(participantIds.length - 1);
      // until the target is reached, every few weeks; then a sparser history (a few more)
      if (sum < target) age += r.int(14, 50);
      else { age += r.int(90, 220); history++; }
    }
    if (last >= 0) k.lastContactAt = dayOf(today, last);
  }
  return out;
}

/**
 * Signals for a generated graph (DESIGN §4): about half of the customer
 * groups have one to three in the past 120 days, raised by one of their
 * decision makers (else any contact) and reported by the account's KAM.
 * Escalating ones (dissatisfaction, reduce business, terminate) are mostly
 * acknowledged in time by top management (u-1..u-4: the executive and those
 * reporting to them), some late, some never (breached), and the group with
 * the most recent one has an open one raised three hours ago, still within
 * its 24 hours. Half of the acknowledged ones were acted on a few days later.
 */
export function generateSignals(g: GraphData, r: Rng, today: Date): SignalData[] {
  const { parent, rootOf } = unitTree(g);
  const people = new Map(g.people.map((p) => [p.id, p]));
  const contactsOf = new Map<string, PersonRecord[]>();
  for (const w of g.worksAt) {
    const root = rootOf(w.companyId);
    const p = people.get(w.personId);
    if (!p || !p.active || w.personId.startsWith('u-')) continue;
    const list = contactsOf.get(root);
    if (list) list.push(p); else contactsOf.set(root, [p]);
  }
  const kamOf = new Map(g.onTeam.filter((t) => t.role === 'KAM').map((t) => [t.companyId, t.personId]));
  const top = ['u-1', 'u-2', 'u-3', 'u-4'].filter((id) => people.has(id));
  const groups = g.companies.filter((c) => c.kind === 'CUSTOMER' && !parent.has(c.id)).map((c) => c.id);
  const iso = (ms: number) => new Date(ms).toISOString();
  const HOUR = 3_600_000;
  const out: SignalData[] = [];
  let n = 0;
  for (const groupId of groups) {
    if (!r.chance(0.5)) continue;
    const contacts = contactsOf.get(groupId) ?? [];
    if (contacts.length === 0) continue;
    const dms = contacts.filter((c) => c.buyingRole === 'DECISION_MAKER' || c.buyingRole === 'ECONOMIC_BUYER');
    for (let k = r.int(1, 3); k > 0; k--) {
      const kind = r.weighted([['DISSATISFACTION', 30], ['REDUCE_BUSINESS', 10], ['TERMINATE', 4], ['COMPLAINT', 25], ['PRAISE', 20], ['OTHER', 11]] as const);
      const at = today.getTime() - r.int(2, 120) * 24 * HOUR - r.int(0, 23) * HOUR;
      const s: SignalData = {
        id: `sig-${++n}`, kind, at: iso(at), severity: r.int(1, 3), text: `${kind.toLowerCase().replace('_', ' ')} voiced in a ${r.pick(['call', 'meeting', 'mail', 'review'])}`,
        acknowledgedAt: null, actedAt: null, accountId: groupId,
        raisedById: r.pick(dms.length ? dms : contacts).id, reportedById: kamOf.get(groupId) ?? null, acknowledgedById: null,
      };
      const escalating = kind === 'DISSATISFACTION' || kind === 'REDUCE_BUSINESS' || kind === 'TERMINATE';
      const fate = r.weighted([['inTime', 60], ['late', 25], ['never', 15]] as const);
      if (top.length && (escalating ? fate !== 'never' : r.chance(0.5))) {
        const ack = at + (fate === 'late' ? r.int(30, 72) : r.int(1, 20)) * HOUR;
        s.acknowledgedAt = iso(ack);
        s.acknowledgedById = r.pick(top);
        if (r.chance(0.5)) s.actedAt = iso(ack + r.int(1, 10) * 24 * HOUR);
      }
      out.push(s);
    }
  }
  // one open escalation inside its 24 hours, so the demo shows every status
  if (out.length && groups.length) {
    const groupId = groups[0];
    const contacts = contactsOf.get(groupId) ?? [];
    if (contacts.length) {
      out.push({
        id: `sig-${++n}`, kind: 'DISSATISFACTION', at: iso(today.getTime() - 3 * HOUR), severity: 3, text: 'delivery delays: considering a second supplier',
        acknowledgedAt: null, actedAt: null, accountId: groupId, raisedById: contacts[0].id, reportedById: kamOf.get(groupId) ?? null, acknowledgedById: null,
      });
    }
  }
  return out;
}
