// writeChanges, team.upserted (not created): replaces an existing ON_TEAM's role (0 rows when it is missing).
MATCH (p:Person {id: $personId})
MATCH (c:Company {id: $companyId})
MATCH (p)-[r:ON_TEAM]->(c)
SET r.role = $role
RETURN count(*) AS n
