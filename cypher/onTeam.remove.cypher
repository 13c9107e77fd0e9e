// writeChanges, team.removed.
MATCH (p:Person {id: $personId})
MATCH (c:Company {id: $companyId})
MATCH (p)-[r:ON_TEAM]->(c)
DELETE r
RETURN count(*) AS n
