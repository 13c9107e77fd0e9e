import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import { isoDate, oneOf, optionalText, requireId, requireText } from '../../common/validate.js';
import { ATTITUDES, BUYING_ROLES, DECISION_LEVELS, FUNCTIONS } from '../../domain/enums.js';
import { badInput, notFound } from '../../errors.js';
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** People (DESIGN §2 `Person`): lookups, listing, upsert and removal, over the read model. */
export class PersonService {
    constructor(host, writer) {
        this.host = host;
        this.writer = writer;
    }
    /** The person or NOT_FOUND naming `field`. */
    static get(g, id, field = 'id') {
        const p = g.findPerson(id);
        if (!p)
            throw notFound(field, 'person', id);
        return p;
    }
    async find(id) {
        return (await this.host.ready()).findPerson(id);
    }
    /** People in id order after the cursor, filtered; `totalCount` counts every match. */
    async list(filter, page) {
        const first = pageSize(page.first);
        const after = decodeCursor(page.after);
        const g = await this.host.ready();
        const rows = g.listPeople(filter, after, first + 1).map((i) => g.person(i));
        return toPage(rows, first, (p) => p.id, g.countPeople(filter));
    }
    /** Creates the person or updates the given fields; validates before anything is written. */
    async upsert(input) {
        const id = requireId('input.id', input.id);
        if (input.email && !EMAIL_RE.test(input.email))
            throw badInput('input.email', 'input.email is not an email address');
        return this.writer.commit((g) => {
            const existing = g.findPerson(id);
            const pick = (k) => input[k] !== undefined ? input[k] : (existing?.[k] ?? null);
            const leftAt = isoDate('input.leftAt', pick('leftAt'));
            let active = pick('active') ?? true;
            if (input.leftAt) {
                if (input.active === true)
                    throw badInput('input.active', 'a person with leftAt cannot be active');
                active = false;
            }
            const next = {
                id,
                name: requireText('input.name', pick('name')),
                email: optionalText('input.email', pick('email')),
                title: optionalText('input.title', pick('title')),
                function: oneOf('input.function', pick('function'), FUNCTIONS),
                decisionLevel: oneOf('input.decisionLevel', pick('decisionLevel'), DECISION_LEVELS),
                buyingRole: oneOf('input.buyingRole', pick('buyingRole'), BUYING_ROLES),
                attitude: oneOf('input.attitude', pick('attitude'), ATTITUDES),
                active,
                leftAt: active ? null : leftAt,
            };
            return { changes: [{ kind: 'person.upserted', person: next, created: existing === null }], result: next };
        });
    }
    /** Removes a person and every relationship they hold. */
    async remove(id) {
        return this.writer.commit((g) => {
            PersonService.get(g, id, 'id');
            return { changes: [{ kind: 'person.removed', id }], result: id };
        });
    }
}
//# sourceMappingURL=person.service.js.map