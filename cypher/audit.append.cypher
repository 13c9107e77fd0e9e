// One audit record, written in the same unit of work as the write it records.
CREATE (a:AuditEntry {id: $id, at: $at, actor: $actor, role: $role, operation: $operation, ids: $ids, changes: $changes})
