// writeChanges, signal.upserted (created): a new Signal ON its account, found by key; its people are linked by
// signal.raisedBy / signal.reportedBy. Instants are ISO-8601 UTC strings (docs/decisions.md "Signals and escalation").
MATCH (c:Company {id: $accountId})
CREATE (s:Signal {id: $id, kind: $kind, at: $at, severity: $severity, text: $text, acknowledgedAt: $acknowledgedAt, actedAt: $actedAt})-[:`ON`]->(c)
RETURN count(*) AS n
