/** `YYYY-MM-DD` of the last day of month `m` (0-based, may overflow into later years) of year `y`. */
const monthEnd = (y, m) => new Date(Date.UTC(y, m + 1, 0)).toISOString().slice(0, 10);
/** Period ends within [from, to] (both `YYYY-MM-DD`, from ≤ to), oldest first. */
export function periodEnds(from, to, every) {
    const step = every === 'MONTH' ? 1 : 3;
    const y = Number(from.slice(0, 4));
    let m = Number(from.slice(5, 7)) - 1;
    if (every === 'QUARTER')
        m = Math.floor(m / 3) * 3 + 2; // the quarter's last month
    const out = [];
    for (let k = m;; k += step) {
        const end = monthEnd(y, k);
        if (end > to)
            break;
        if (end >= from)
            out.push(end);
    }
    return out;
}
//# sourceMappingURL=periods.js.map