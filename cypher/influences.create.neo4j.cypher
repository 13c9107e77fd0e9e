// writeChanges, influence.upserted (created), Neo4j: MERGE (see knows.create.neo4j.cypher).
MATCH (a:Person {id: $fromId})
MATCH (b:Person {id: $toId})
MERGE (a)-[r:INFLUENCES]->(b)
SET r.strength = $strength * 1.0, r.note = $note, r.since = date($since)
RETURN count(*) AS n
