import { isoDate } from '../../common/validate.js';
import { LEVELLED_KINDS, MEETING_LEVELS } from '../../domain/enums.js';
import { accountMembers, isDecisionMaker } from '../../domain/terms.js';
import { badInput, notFound } from '../../errors.js';
import { fromDay, NO_DAY, toDay } from '../../readmodel/days.js';
/** DESIGN §4 defaults: strategic ≥ 2, tactical ≥ 4, operational ≥ 12 a year. */
export const DEFAULT_CADENCE = Object.freeze({ STRATEGIC: 2, TACTICAL: 4, OPERATIONAL: 12 });
/** The window: the 365 days ending on asOf, i.e. (asOf − 365, asOf]. */
export const WINDOW_DAYS = 365;
const ARG = {
    STRATEGIC: 'strategicPerYear', TACTICAL: 'tacticalPerYear', OPERATIONAL: 'operationalPerYear',
};
const today = () => new Date().toISOString().slice(0, 10);
function target(field, value, fallback) {
    if (value === null || value === undefined)
        return fallback;
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
    constructor(readModel, defaults = {}) {
        this.readModel = readModel;
        this.defaults = { ...DEFAULT_CADENCE, ...defaults };
    }
    /** Validates the arguments (each refusal names its argument) and fills in the defaults. */
    options(args, now = today()) {
        const asOf = isoDate('asOf', args.asOf ?? now);
        const targets = {};
        for (const level of MEETING_LEVELS)
            targets[level] = target(ARG[level], args[ARG[level]], this.defaults[level]);
        return { asOf, targets };
    }
    /** The account (a unit counts as an account of its own) or NOT_FOUND; a supplier unit is BAD_USER_INPUT. */
    account(g, id, field) {
        const company = g.findCompany(id);
        if (!company)
            throw notFound(field, 'account', id);
        if (company.kind === 'SUPPLIER')
            throw badInput(field, `"${id}" is one of our own units, not an account`);
        return company;
    }
    async meetingStructure(accountId, args, field = 'accountId') {
        const { asOf, targets } = this.options(args);
        const g = await this.readModel.ready();
        this.account(g, accountId, field);
        const key = `meetingStructure:${accountId}:${asOf}:${targets.STRATEGIC}:${targets.TACTICAL}:${targets.OPERATIONAL}`;
        return g.memoAccount(accountId, key, () => compute(g, accountId, asOf, targets));
    }
}
/** The figures themselves, from the read model (pure: same graph, same answer). */
export function compute(g, accountId, asOf, targets) {
    const { units, contacts } = accountMembers(g, accountId);
    const end = toDay(asOf);
    const start = end - WINDOW_DAYS; // exclusive
    const count = { STRATEGIC: 0, TACTICAL: 0, OPERATIONAL: 0 };
    const last = { STRATEGIC: NO_DAY, TACTICAL: NO_DAY, OPERATIONAL: NO_DAY };
    const strategicAttendees = new Set();
    for (const u of units) {
        g.forEachInteractionAbout(g.companyIndex(u.id), (i) => {
            if (!LEVELLED_KINDS.includes(g.interactionKind(i)))
                return;
            const d = g.interactionAt(i);
            if (d > end)
                return; // after asOf: does not exist yet
            const level = g.interaction(i).level;
            if (level === null)
                return;
            if (d > last[level])
                last[level] = d;
            if (d <= start)
                return;
            count[level]++;
            if (level === 'STRATEGIC')
                g.forEachParticipant(i, (p) => strategicAttendees.add(p));
        });
    }
    const dms = contacts.filter(isDecisionMaker); // already in id order
    const took = (c) => strategicAttendees.has(g.personIndex(c.id));
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
//# sourceMappingURL=meeting.service.js.map