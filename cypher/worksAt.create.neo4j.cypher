// writeChanges, employment.set without a previous employer, Neo4j: MERGE (see knows.create.neo4j.cypher).
MATCH (p:Person {id: $personId})
MATCH (c:Company {id: $companyId})
MERGE (p)-[w:WORKS_AT]->(c)
SET w.title = $title, w.since = date($since)
RETURN count(*) AS n
