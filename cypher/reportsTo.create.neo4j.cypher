// writeChanges, manager.set without a previous manager, Neo4j: MERGE (see knows.create.neo4j.cypher).
MATCH (p:Person {id: $personId})
MATCH (m:Person {id: $managerId})
MERGE (p)-[r:REPORTS_TO]->(m)
SET r.since = date($since)
RETURN count(*) AS n
