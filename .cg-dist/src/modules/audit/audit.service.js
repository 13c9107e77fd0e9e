import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
/**
 * The audit log (DESIGN §7 "Audit"; docs/access.md "Audit log"), newest
 * first. Read from the store, not the read model: it is not part of the
 * graph, and only admins page through it.
 */
export class AuditService {
    constructor(store) {
        this.store = store;
    }
    async list(filter, page) {
        const first = pageSize(page.first);
        const before = decodeCursor(page.after) ?? '~';
        const needle = filter.entityId ? ` ${filter.entityId} ` : ' ';
        const actor = filter.actor ?? '';
        const rows = await this.store.read('audit.list', { before, needle, actor, limit: first + 1 });
        const [{ n }] = await this.store.read('audit.count', { needle, actor });
        const entries = rows.map((r) => ({
            id: String(r.id), at: String(r.at), actor: String(r.actor), role: String(r.role), operation: String(r.operation),
            ids: String(r.ids).trim().split(' ').filter(Boolean),
            changes: JSON.parse(String(r.changes)),
        }));
        return toPage(entries, first, (e) => e.id, Number(n));
    }
}
//# sourceMappingURL=audit.service.js.map