// writeChanges, team.upserted (created): a new ON_TEAM (0 rows when an endpoint is missing).
MATCH (p:Person {id: $personId})
MATCH (c:Company {id: $companyId})
CREATE (p)-[r:ON_TEAM {role: $role}]->(c)
RETURN count(*) AS n
