import { isOurs } from './terms.js';
export const SIGNAL_KINDS = ['DISSATISFACTION', 'REDUCE_BUSINESS', 'TERMINATE', 'COMPLAINT', 'PRAISE', 'OTHER'];
/** The kinds top management must acknowledge within escalationHours. */
export const ESCALATING_KINDS = ['DISSATISFACTION', 'REDUCE_BUSINESS', 'TERMINATE'];
export const SIGNAL_STATUSES = ['OPEN', 'ACKNOWLEDGED', 'DONE', 'BREACHED'];
const HOUR = 3_600_000;
/** The instant by which top management must have acknowledged an escalating signal. */
export function deadlineOf(s, escalationHours) {
    return new Date(Date.parse(s.at) + escalationHours * HOUR).toISOString();
}
export const isEscalating = (s) => ESCALATING_KINDS.includes(s.kind);
/**
 * Whether an escalating signal missed the rule as of `now`: acknowledged
 * after its deadline, or not acknowledged and the deadline has passed.
 * Other kinds are never breached.
 */
export function isBreached(s, escalationHours, now) {
    if (!isEscalating(s))
        return false;
    const deadline = Date.parse(s.at) + escalationHours * HOUR;
    if (s.acknowledgedAt !== null)
        return Date.parse(s.acknowledgedAt) > deadline;
    return Date.parse(now) > deadline;
}
/**
 * A signal's status at `now`: DONE once acted on; else BREACHED when the
 * rule was missed (not acknowledged in time, whether or not acknowledged
 * since); else ACKNOWLEDGED; else OPEN.
 */
export function statusOf(s, escalationHours, now) {
    if (s.actedAt !== null)
        return 'DONE';
    if (isBreached(s, escalationHours, now))
        return 'BREACHED';
    return s.acknowledgedAt !== null ? 'ACKNOWLEDGED' : 'OPEN';
}
/** Depth in our reporting tree: 0 for one of ours with no manager among ours. */
export function ourDepth(g, p) {
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
export function notTopManagement(g, p) {
    const person = g.person(p);
    if (!isOurs(g, p))
        return `${person.id} is not one of our people`;
    if (!g.isActive(p))
        return `${person.id} has left`;
    if (person.function === 'EXECUTIVE')
        return null;
    const depth = ourDepth(g, p);
    if (depth <= 1)
        return null;
    return `${person.id} is not top management: depth ${depth} in our reporting tree (top management is depth 0 or 1, or function EXECUTIVE), function ${person.function ?? 'none'}`;
}
//# sourceMappingURL=signals.js.map