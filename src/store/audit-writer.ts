import type { AuditEntry } from '../readmodel/audit.js';
import type { Params, QueryRunner } from './graph-store.js';

/** The parameters of `audit.append.cypher` for one record (also the audit clause of a `<change>+audit` statement). */
export function auditParams(e: AuditEntry): Params {
  return {
    auditId: e.id, auditAt: e.at, auditActor: e.actor, auditRole: e.role, auditOperation: e.operation,
    // spaces around every id so `CONTAINS ' id '` matches whole ids only
    auditIds: ` ${e.ids.join(' ')} `,
    auditChanges: JSON.stringify(e.changes),
  };
}

/** Appends the audit record of a write in the write's own unit of work (`audit.append.cypher`). */
export async function writeAudit(tx: QueryRunner, e: AuditEntry): Promise<void> {
  await tx.run('audit.append', auditParams(e), { last: true });
}
