// One audit record, written in the same unit of work as the write it records: on its own, or as the clause
// that ends a lone change statement (queries.ts `auditedText`), hence the `audit` prefix on every parameter.
CREATE (audit:AuditEntry {id: $auditId, at: $auditAt, actor: $auditActor, role: $auditRole, operation: $auditOperation, ids: $auditIds, changes: $auditChanges})
