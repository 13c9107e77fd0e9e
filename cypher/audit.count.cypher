// How many audit records match the filters of audit.list.
MATCH (a:AuditEntry)
WHERE a.ids CONTAINS $needle AND a.actor STARTS WITH $actor
RETURN count(a) AS n
