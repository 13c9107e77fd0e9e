/**
 * Dates in the read model are whole days since 1970-01-01 (UTC) in an Int32,
 * `NO_DAY` for null: 4 bytes instead of a 10-character string, and
 * comparisons are integer comparisons.
 */
export const NO_DAY = -0x80000000;
const MS_PER_DAY = 86_400_000;
/** `YYYY-MM-DD` (or a longer ISO timestamp: only its date counts) → day number; null → NO_DAY. */
export function toDay(iso) {
    if (iso === null || iso === undefined)
        return NO_DAY;
    const y = Number(iso.slice(0, 4));
    const m = Number(iso.slice(5, 7));
    const d = Number(iso.slice(8, 10));
    return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}
const ISO = new Map();
/** day number → `YYYY-MM-DD`; NO_DAY → null. (Formatting a date is slow; the few thousand distinct days are cached.) */
export function fromDay(day) {
    if (day === NO_DAY)
        return null;
    let s = ISO.get(day);
    if (s === undefined) {
        s = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
        if (ISO.size < 200_000)
            ISO.set(day, s);
    }
    return s;
}
//# sourceMappingURL=days.js.map