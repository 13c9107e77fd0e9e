// writeChanges, manager.removed.
MATCH (p:Person {id: $personId})
MATCH (m:Person {id: $managerId})
MATCH (p)-[r:REPORTS_TO]->(m)
DELETE r
RETURN count(*) AS n
