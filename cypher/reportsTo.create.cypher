// writeChanges, manager.set without a previous manager: a new REPORTS_TO (0 rows when an endpoint is missing).
MATCH (p:Person {id: $personId})
MATCH (m:Person {id: $managerId})
CREATE (p)-[r:REPORTS_TO {since: date($since)}]->(m)
RETURN count(*) AS n
