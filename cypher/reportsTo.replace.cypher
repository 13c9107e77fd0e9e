// writeChanges, manager.set with a previous manager: deletes that REPORTS_TO and creates the new one, in one
// statement (0 rows, and nothing changed, when the previous link or an endpoint is missing).
MATCH (p:Person {id: $personId})
MATCH (m:Person {id: $managerId})
MATCH (prev:Person {id: $previousManagerId})
MATCH (p)-[old:REPORTS_TO]->(prev)
DELETE old
WITH p, m, count(*) AS replaced
CREATE (p)-[r:REPORTS_TO {since: date($since)}]->(m)
RETURN count(*) AS n
