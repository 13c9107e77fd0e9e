import { isoDate, requireId, requireText } from '../../common/validate.js';
import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import { badInput, DomainError, notFound } from '../../errors.js';
import { commercialGraph } from '../../readmodel/read-graph.js';
import { money } from '../commercial/commercial.service.js';
/**
 * The product catalogue (DESIGN §2 `Product`; docs/commercial.md "Products"):
 * lookups and listing over the read model, upsert and removal through the
 * writer. The catalogue is visible to every identity; only writers without an
 * `accounts` claim change it (docs/access.md).
 */
export class ProductService {
    constructor(host, writer) {
        this.host = host;
        this.writer = writer;
    }
    async find(id) {
        return commercialGraph(await this.host.ready()).findProduct(id);
    }
    /** Products in id order after the cursor, optionally of one family; `totalCount` counts every match. */
    async list(filter, page) {
        const first = pageSize(page.first);
        const after = decodeCursor(page.after);
        const g = commercialGraph(await this.host.ready());
        const match = filter.family === null || filter.family === undefined ? undefined : (r) => g.productFamily(r) === filter.family;
        const rows = g.listProducts(after, first + 1, match).map((r) => g.product(r));
        let total = 0;
        if (match)
            g.forEachProduct((r) => { if (match(r))
                total++; });
        else
            total = g.productCount;
        return toPage(rows, first, (p) => p.id, total);
    }
    /** Creates the product or updates the given fields; validates before anything is written. */
    async upsert(input) {
        const id = requireId('input.id', input.id);
        return this.writer.commit((g0) => {
            const g = commercialGraph(g0);
            const existing = g.findProduct(id);
            const pick = (k) => (input[k] !== undefined ? input[k] : (existing?.[k] ?? null));
            const name = pick('name');
            const family = pick('family');
            if (name === null && !existing)
                throw badInput('input.name', 'input.name is required when creating');
            if (family === null && !existing)
                throw badInput('input.family', 'input.family is required when creating');
            const next = {
                id,
                name: requireText('input.name', name),
                family: requireText('input.family', family),
                launchedAt: isoDate('input.launchedAt', pick('launchedAt')),
                listPrice: money('input.listPrice', pick('listPrice')),
            };
            return { changes: [{ kind: 'product.upserted', product: next, created: existing === null }], result: next };
        });
    }
    /** Removes a product nobody bought; refuses while sales of it exist, so none dangles. */
    async remove(id) {
        requireId('id', id);
        return this.writer.commit((g0) => {
            const g = commercialGraph(g0);
            const r = g.productIndex(id);
            if (r < 0)
                throw notFound('id', 'product', id);
            let sales = 0;
            g.forEachSaleOfProduct(r, () => sales++);
            if (sales > 0)
                throw new DomainError('BAD_USER_INPUT', `product "${id}" still has ${sales} sale(s); remove them first`, 'id');
            return { changes: [{ kind: 'product.removed', id }], result: id };
        });
    }
}
//# sourceMappingURL=product.service.js.map