// writeChanges, team.upserted (created), Neo4j: MERGE (see knows.create.neo4j.cypher).
MATCH (p:Person {id: $personId})
MATCH (c:Company {id: $companyId})
MERGE (p)-[r:ON_TEAM]->(c)
SET r.role = $role
RETURN count(*) AS n
