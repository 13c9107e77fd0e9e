/**
 * Signals and the 24-hour rule (docs/definitions.md "Signals", DESIGN §4):
 * the record, and the pure rules over it. Times are ISO-8601 UTC instants
 * (`2026-11-23T09:30:00.000Z`): the rule counts hours, so a date would not do.
 */
import type { ReadGraph } from '../readmodel/read-graph.js';
import { isOurs } from './terms.js';

export const SIGNAL_KINDS = ['DISSATISFACTION', 'REDUCE_BUSINESS', 'TERMINATE', 'COMPLAINT', 'PRAISE', 'OTHER'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** The kinds top management must acknowledge within escalationHours. */
export const ESCALATING_KINDS: readonly SignalKind[] = ['DISSATISFACTION', 'REDUCE_BUSINESS', 'TERMINATE'];

export const SIGNAL_STATUSES = ['OPEN', 'ACKNOWLEDGED', 'DONE', 'BREACHED'] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];

/** A Signal node (DESIGN §2) with its links: RAISED (contact), ON (account), REPORTED and ACKNOWLEDGED (ours). */
export interface SignalData {
  id: string;
  kind: SignalKind;
  /** when the customer said or did it */
  at: string;
  /** 1..3 */
  severity: number;
  text: string | null;
  acknowledgedAt: string | null;
  actedAt: string | null;
  accountId: string;
  raisedById: string | null;
  reportedById: string | null;
  acknowledgedById: string | null;
}

const HOUR = 3_600_000;

/** The instant by which top management must have acknowledged an escalating signal. */
export function deadlineOf(s: Pick<SignalData, 'at'>, escalationHours: number): string {
  return new Date(Date.parse(s.at) + escalationHours * HOUR).toISOString();
}

export const isEscalating = (s: Pick<SignalData, 'kind'>): boolean => ESCALATING_KINDS.includes(s.kind);

/**
 * Whether an escalating signal missed the rule as of `now`: acknowledged
 * after its deadline, or not acknowledged and the deadline has passed.
 * Other kinds are never breached.
 */
export function isBreached(s: SignalData, escalationHours: number, now: string): boolean {
  if (!isEscalating(s)) return false;
  const deadline = Date.parse(s.at) + escalationHours * HOUR;
  if (s.acknowledgedAt !== null) return Date.parse(s.acknowledgedAt) > deadline;
  return Date.parse(now) > deadline;
}

/**
 * A signal's status at `now`: DONE once acted on; else BREACHED when the
 * rule was missed (not acknowledged in time, whether or not acknowledged
 * since); else ACKNOWLEDGED; else OPEN.
 */
export function statusOf(s: SignalData, escalationHours: number, now: string): SignalStatus {
  if (s.actedAt !== null) return 'DONE';
  if (isBreached(s, escalationHours, now)) return 'BREACHED';
  return s.acknowledgedAt !== null ? 'ACKNOWLEDGED' : 'OPEN';
}

/** Depth in our reporting tree: 0 for one of ours with no manager among ours. */
export function ourDepth(g: ReadGraph, p: number): number {
  let depth = 0;
  const seen = new Set([p]);
  for (let m = g.managerOf(p); m >= 0 && isOurs(g, m) && !seen.has(m); m = g.managerOf(m)) {
    seen.add(m);
    depth++;
  }
  return depth;
}

/**
 * "Top management" (DESIGN §4): one of our active people at depth ≤ 1 of
 * our reporting tree, or of function EXECUTIVE. Returns null when the
 * person qualifies, else the reason they do not.
 */
export function notTopManagement(g: ReadGraph, p: number): string | null {
  const person = g.person(p);
  if (!isOurs(g, p)) return `${person.id} is not one of our people`;
  if (!g.isActive(p)) return `${person.id} has left`;
  if (person.function === 'EXECUTIVE') return null;
  const depth = ourDepth(g, p);
  if (depth <= 1) return null;
  return `${person.id} is not top management: depth ${depth} in our reporting tree (top management is depth 0 or 1, or function EXECUTIVE), function ${person.function ?? 'none'}`;
}
