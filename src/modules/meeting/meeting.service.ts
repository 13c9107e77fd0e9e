import { isoDate } from '../../common/validate.js';
import { LEVELLED_KINDS, MEETING_LEVELS, type MeetingLevel } from '../../domain/enums.js';
import type { CompanyRecord } from '../../domain/records.js';
import { accountMembers, isDecisionMaker, type Contact } from '../../domain/terms.js';
import { badInput, notFound } from '../../errors.js';
import { fromDay, NO_DAY, toDay } from '../../readmodel/days.js';
import type { ReadGraph, ReadModelSource } from '../../readmodel/read-graph.js';

/** Meetings a year each level should have (DESIGN §4 "Meeting structure"). */
export interface CadenceTargets {
  STRATEGIC: number;
  TACTICAL: number;
  OPERATIONAL: number;
}

/** DESIGN §4 defaults: strategic ≥ 2, tactical ≥ 4, operational ≥ 12 a year. */
export const DEFAULT_CADENCE: Readonly<CadenceTargets> = Object.freeze({ STRATEGIC: 2, TACTICAL: 4, OPERATIONAL: 12 });

/** The window: the 365 days ending on asOf, i.e. (asOf − 365, asOf]. */
export const WINDOW_DAYS = 365;

export interface MeetingStructureArgs {
  asOf?: string | null;
  strategicPerYear?: number | null;
  tacticalPerYear?: number | null;
  operationalPerYear?: number | null;
}

export interface LevelCadence {
  level: MeetingLevel;
  /** meetings (MEETING or VISIT) of this level in the window */
  meetings: number;
  /** the latest meeting of this level on or before asOf (even before the window); null when there is none */
  last: string | null;
  target: number;
  met: boolean;
}

export interface MeetingStructure {
  accountId: string;
  asOf: string;
  levels: LevelCadence[];
  decisionMakersInStrategic: Contact[];
  decisionMakersNotInStrategic: Contact[];
}

const ARG: Record<MeetingLevel, keyof MeetingStructureArgs> = {
  STRATEGIC: 'strategicPerYear', TACTICAL: 'tacticalPerYear', OPERATIONAL: 'operationalPerYear',
};

const today = () => new Date().toISOString().slice(0, 10);

function target(field: string, value: number | null | undefined, fallback: number): number {
  if (value === null || value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw badInput(field, `${field} must be a whole number of meetings a year, 0 or more, got ${value}`);
  }
  return value;
}

/**
 * DESIGN §4 "Meeting structure" of an account (the company asked for and
 * every unit under it; docs/decisions.md "Meeting structure"): per level,
 * the meetings in the 365 days up to asOf, the last one, and whether the
 * cadence is met; and which of the account's decision makers took part in
 * a strategic meeting of that window. Reads through the caller's scope like
 * every other service.
 */
export class MeetingService {
  private readonly defaults: CadenceTargets;

  constructor(private readonly readModel: ReadModelSource, defaults: Partial<CadenceTargets> = {}) {
    this.defaults = { ...DEFAULT_CADENCE, ...defaults };
  }

  /** Validates the arguments (each refusal names its argument) and fills in the defaults. */
  options(args: MeetingStructureArgs, now = today()): { asOf: string; targets: CadenceTargets } {
    const asOf = isoDate('asOf', args.asOf ?? now)!;
    const targets = {} as CadenceTargets;
    for (const level of MEETING_LEVELS) targets[level] = target(ARG[level], args[ARG[level]] as number | null | undefined, this.defaults[level]);
    return { asOf, targets };
  }

  /** The account (a unit counts as an account of its own) or NOT_FOUND; a supplier unit is BAD_USER_INPUT. */
  private account(g: ReadGraph, id: string, field: string): CompanyRecord {
    const company = g.findCompany(id);
    if (!company) throw notFound(field, 'account', id);
    if (company.kind === 'SUPPLIER') throw badInput(field, `"${id}" is one of our own units, not an account`);
    return company;
  }

  async meetingStructure(accountId: string, args: MeetingStructureArgs, field = 'accountId'): Promise<MeetingStructure> {
    const { asOf, targets } = this.options(args);
    const g = await this.readModel.ready();
    this.account(g, accountId, field);
    const key = `meetingStructure:${accountId}:${asOf}:${targets.STRATEGIC}:${targets.TACTICAL}:${targets.OPERATIONAL}`;
    return g.memoAccount(accountId, key, () => compute(g, accountId, asOf, targets));
  }
}

/** The figures themselves, from the read model (pure: same graph, same answer). */
export function compute(g: ReadGraph, accountId: string, asOf: string, targets: CadenceTargets): MeetingStructure {
  const { units, contacts } = accountMembers(g, accountId);
  const end = toDay(asOf);
  const start = end - WINDOW_DAYS; // exclusive
  const count: Record<MeetingLevel, number> = { STRATEGIC: 0, TACTICAL: 0, OPERATIONAL: 0 };
  const last: Record<MeetingLevel, number> = { STRATEGIC: NO_DAY, TACTICAL: NO_DAY, OPERATIONAL: NO_DAY };
  const strategicAttendees = new Set<number>();
  for (const u of units) {
    g.forEachInteractionAbout(g.companyIndex(u.id), (i) => {
      if (!LEVELLED_KINDS.includes(g.interactionKind(i))) return;
      const d = g.interactionAt(i);
      if (d > end) return; // after asOf: does not exist yet
      const level = g.interaction(i).level;
      if (level === null) return;
      if (d > last[level]) last[level] = d;
      if (d <= start) return;
      count[level]++;
      if (level === 'STRATEGIC') g.forEachParticipant(i, (p) => strategicAttendees.add(p));
    });
  }
  const dms = contacts.filter(isDecisionMaker); // already in id order
  const took = (c: Contact) => strategicAttendees.has(g.personIndex(c.id));
  return {
    accountId,
    asOf,
    levels: MEETING_LEVELS.map((level) => ({
      level, meetings: count[level], last: fromDay(last[level]), target: targets[level], met: count[level] >= targets[level],
    })),
    decisionMakersInStrategic: dms.filter(took),
    decisionMakersNotInStrategic: dms.filter((c) => !took(c)),
  };
}
