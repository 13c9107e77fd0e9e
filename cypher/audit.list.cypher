// A page of the audit log, newest first: records older than $before (an id; '~' for the first page)
// whose ids contain $needle (' ' matches every record) and whose actor starts with $actor ('' matches all).
MATCH (a:AuditEntry)
WHERE a.id < $before AND a.ids CONTAINS $needle AND a.actor STARTS WITH $actor
RETURN a.id AS id, a.at AS at, a.actor AS actor, a.role AS role, a.operation AS operation, a.ids AS ids, a.changes AS changes
ORDER BY id DESC
LIMIT $limit
