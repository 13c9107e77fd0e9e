/**
 * DESIGN §6 "Account management" (docs/plans.md): the pure formulas over a
 * plan — completeness, freshness, satisfaction index, target attainment,
 * the share of the year elapsed — each with a hand-worked test
 * (test/unit/plan-metrics.test.ts). Key-people coverage uses the coverage
 * tally of DESIGN §3 (`tally` in coverage.metrics.ts) as it is.
 */
import { PLAN_SECTIONS, type PlanSection, type PlanSections } from '../../domain/plans.js';

/** What completeness needs besides the sections: the links that still hold in the graph today. */
export interface CompletenessInput {
  sections: PlanSections;
  /** the plan's key people who are active contacts of the account today */
  keyPeopleInPlace: number;
  /** the plan's partners and competitors that still exist */
  linksInPlace: number;
  /** the plan's activities that are not CANCELLED */
  liveActivities: number;
}

export interface Completeness {
  filled: PlanSection[];
  missing: PlanSection[];
  /** filled ÷ PLAN_SECTIONS.length (8) */
  ratio: number;
}

const written = (s: string | null | undefined) => typeof s === 'string' && s.trim() !== '';

/**
 * docs/plans.md "Completeness": the share of the eight written sections that
 * are filled. BUSINESS: any of its five parts written; RESULTS: a year with
 * turnover or operating profit; CHALLENGES, TARGETS: at least one; KEY_PEOPLE:
 * one of them still an active contact of the account; PARTNERS_AND_COMPETITORS:
 * one of them still in the graph; ACTIVITIES: one not cancelled;
 * SUPPLIER_ROLE: both today's role and next year's.
 */
export function completeness(x: CompletenessInput): Completeness {
  const s = x.sections;
  const b = s.business;
  const is: Record<PlanSection, boolean> = {
    BUSINESS: [b.market, b.customers, b.geography, b.offerings, b.strategy].some(written),
    RESULTS: s.results.some((r) => r.turnover !== null || r.operatingProfit !== null),
    CHALLENGES: s.challenges.length > 0,
    KEY_PEOPLE: x.keyPeopleInPlace > 0,
    PARTNERS_AND_COMPETITORS: x.linksInPlace > 0,
    TARGETS: s.targets.length > 0,
    ACTIVITIES: x.liveActivities > 0,
    SUPPLIER_ROLE: s.roleToday !== null && s.roleNextYear !== null,
  };
  const filled = PLAN_SECTIONS.filter((k) => is[k]);
  return { filled, missing: PLAN_SECTIONS.filter((k) => !is[k]), ratio: filled.length / PLAN_SECTIONS.length };
}

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/** docs/plans.md "Freshness": whole days from the day of the last version (UTC) to `today` (0 on the day itself, never negative). */
export function freshnessDays(updatedAt: string, today: string): number {
  return Math.max(0, Math.round((dayOf(today) - dayOf(updatedAt)) / DAY));
}

/**
 * How much each signal kind says about satisfaction, per point of severity
 * (docs/plans.md "Satisfaction index"): praise for us, complaints and worse
 * against, a threat to reduce or end the business more than a complaint.
 */
export const SATISFACTION_WEIGHTS: Readonly<Record<string, number>> = Object.freeze({
  PRAISE: 1, COMPLAINT: -1, DISSATISFACTION: -1, REDUCE_BUSINESS: -2, TERMINATE: -3, OTHER: 0,
});

export interface Satisfaction {
  /** 0..100: 100 × positive ÷ (positive + negative); null when no signal says anything (unknown, not neutral) */
  index: number | null;
  /** Σ severity × weight of the positive signals */
  positive: number;
  /** Σ severity × |weight| of the negative ones */
  negative: number;
  /** the signals that counted (weight ≠ 0) */
  signals: number;
}

/** docs/plans.md "Satisfaction index", from the account's signals of the window. */
export function satisfactionIndex(signals: readonly { kind: string; severity: number }[]): Satisfaction {
  let positive = 0;
  let negative = 0;
  let n = 0;
  for (const s of signals) {
    const w = SATISFACTION_WEIGHTS[s.kind] ?? 0;
    if (w === 0) continue;
    n++;
    if (w > 0) positive += w * s.severity;
    else negative += -w * s.severity;
  }
  return { index: positive + negative > 0 ? (100 * positive) / (positive + negative) : null, positive, negative, signals: n };
}

/** actual ÷ target; null when there is no target (or it is 0). */
export function attainment(actual: number, target: number | null): number | null {
  return target !== null && target > 0 ? actual / target : null;
}

/**
 * The share of the plan's year gone by on `today` (UTC): whole days since
 * 1 January ÷ the days of that year; 1 for a past year, 0 for a future one.
 */
export function yearElapsed(year: number, today: string): number {
  const y = Number(today.slice(0, 4));
  if (year < y) return 1;
  if (year > y) return 0;
  const start = Date.UTC(year, 0, 1);
  return (dayOf(today) - start) / (Date.UTC(year + 1, 0, 1) - start);
}
