export const DEFAULT_STRENGTH = {
    halfLifeDays: 90,
    saturation: 2.0,
    weights: { MEETING: 1.0, VISIT: 1.0, CALL: 0.6, EVENT: 0.4, EMAIL: 0.3 },
};
/** The cap on a pair whose every interaction is an OUTBOUND email: one-way communication is not a relationship. */
export const ONE_WAY_CAP = 0.2;
/**
 * "Contribution" of one interaction to each pair (ours, theirs) who both took
 * part: `w(kind) × 2^(−age/halfLife) / sqrt(max(1, n − 1))`, `age` in whole
 * days from the interaction to asOf (≥ 0: later interactions do not exist
 * yet and are never passed here), `n` the number of participants.
 */
export function contribution(kind, ageDays, participants, p) {
    return (p.weights[kind] * 2 ** (-ageDays / p.halfLifeDays)) / Math.sqrt(Math.max(1, participants - 1));
}
/**
 * "Derived strength" of a pair from the sum S of its contributions:
 * `1 − exp(−S / saturation)`, capped at 0.2 when every interaction of the
 * pair was an OUTBOUND email.
 */
export function derivedStrength(sum, oneWayOnly, p) {
    const s = 1 - Math.exp(-sum / p.saturation);
    return oneWayOnly ? Math.min(s, ONE_WAY_CAP) : s;
}
//# sourceMappingURL=strength.js.map