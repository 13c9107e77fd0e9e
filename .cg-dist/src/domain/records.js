/**
 * The id of a sale: its account, product and period, each id with `%` and
 * `/` escaped, joined by `/` (so two different keys never give one id).
 */
export function saleId(accountId, productId, period) {
    const enc = (s) => s.replace(/%/g, '%25').replace(/\//g, '%2F');
    return `${enc(accountId)}/${enc(productId)}/${period}`;
}
//# sourceMappingURL=records.js.map