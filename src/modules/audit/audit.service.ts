import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from '../../common/pagination.js';
import type { AuditEntry } from '../../readmodel/audit.js';
import type { GraphStore } from '../../store/index.js';

export interface AuditFilter {
  /** records that touched this person or company id */
  entityId?: string | null;
  /** records by actors whose subject starts with this */
  actor?: string | null;
}

/**
 * The audit log (DESIGN §7 "Audit"; docs/access.md "Audit log"), newest
 * first. Read from the store, not the read model: it is not part of the
 * graph, and only admins page through it.
 */
export class AuditService {
  constructor(private readonly store: GraphStore) {}

  async list(filter: AuditFilter, page: PageRequest): Promise<Page<AuditEntry>> {
    const first = pageSize(page.first);
    const before = decodeCursor(page.after) ?? '~';
    const needle = filter.entityId ? ` ${filter.entityId} ` : ' ';
    const actor = filter.actor ?? '';
    const rows = await this.store.read('audit.list', { before, needle, actor, limit: first + 1 });
    const [{ n }] = await this.store.read('audit.count', { needle, actor });
    const entries = rows.map((r): AuditEntry => ({
      id: String(r.id), at: String(r.at), actor: String(r.actor), role: String(r.role), operation: String(r.operation),
      ids: String(r.ids).trim().split(' ').filter(Boolean),
      changes: JSON.parse(String(r.changes)) as AuditEntry['changes'],
    }));
    return toPage(entries, first, (e) => e.id, Number(n));
  }
}
