import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import { commercialGraph } from '../../readmodel/read-graph.js';
import { optionalText, oneOf, requireId, requireText } from '../../common/validate.js';
import { COMPANY_KINDS, UNIT_LEVELS } from '../../domain/enums.js';
import { badInput, DomainError, notFound } from '../../errors.js';
/** Companies and units (DESIGN §2 `Company`): lookups, listing, upsert and removal, over the read model. */
export class CompanyService {
    constructor(host, writer) {
        this.host = host;
        this.writer = writer;
    }
    /** The company or NOT_FOUND naming `field`. */
    static get(g, id, field = 'id') {
        const c = g.findCompany(id);
        if (!c)
            throw notFound(field, 'company', id);
        return c;
    }
    async find(id) {
        return (await this.host.ready()).findCompany(id);
    }
    /** Companies in id order after the cursor, filtered; `totalCount` counts every match. */
    async list(filter, page) {
        const first = pageSize(page.first);
        const after = decodeCursor(page.after);
        const g = await this.host.ready();
        const rows = g.listCompanies(filter, after, first + 1).map((i) => g.company(i));
        return toPage(rows, first, (c) => c.id, g.countCompanies(filter));
    }
    /** Creates the company or updates the given fields; validates before anything is written. */
    async upsert(input) {
        const id = requireId('input.id', input.id);
        return this.writer.commit((g) => {
            const existing = g.findCompany(id);
            const pick = (k) => input[k] !== undefined ? input[k] : (existing?.[k] ?? null);
            const next = {
                id,
                name: requireText('input.name', pick('name')),
                kind: oneOf('input.kind', pick('kind'), COMPANY_KINDS) ?? missing('input.kind'),
                unitLevel: oneOf('input.unitLevel', pick('unitLevel'), UNIT_LEVELS),
                country: optionalText('input.country', pick('country')),
                segment: optionalText('input.segment', pick('segment')),
                isKeyAccount: pick('isKeyAccount'),
                tier: optionalText('input.tier', pick('tier')),
            };
            return { changes: [{ kind: 'company.upserted', company: next, created: existing === null }], result: next };
        });
    }
    /** Removes a company; refuses while units, people or interactions still hang off it, so nothing dangles. */
    async remove(id) {
        return this.writer.commit((g) => {
            CompanyService.get(g, id, 'id');
            const c = g.companyIndex(id);
            const units = g.unitCount(c);
            const people = g.staffCount(c);
            if (units > 0 || people > 0) {
                throw new DomainError('BAD_USER_INPUT', `company "${id}" still has ${units} unit(s) and ${people} person(s); move or remove them first`, 'id');
            }
            let interactions = 0;
            g.forEachInteractionAbout(c, () => interactions++);
            if (interactions > 0) {
                throw new DomainError('BAD_USER_INPUT', `company "${id}" still has ${interactions} interaction(s) about it; remove or move them first`, 'id');
            }
            // sales belong to the company that bought them (docs/commercial.md): none may dangle
            const sales = commercialGraph(g).saleCountOf(c);
            if (sales > 0)
                throw new DomainError('BAD_USER_INPUT', `company "${id}" still has ${sales} sale(s); remove them first`, 'id');
            return { changes: [{ kind: 'company.removed', id }], result: id };
        });
    }
}
function missing(field) {
    throw badInput(field, `${field} is required when creating`);
}
//# sourceMappingURL=company.service.js.map