// writeChanges, knows.upserted (created), Neo4j: MERGE, because several API instances may share one Neo4j and an
// instance's read model can miss another's new link; Neo4j expands from the two indexed endpoints, so this is cheap.
MATCH (a:Person {id: $fromId})
MATCH (b:Person {id: $toId})
MERGE (a)-[r:KNOWS]->(b)
SET r.strength = $strength * 1.0, r.lastContactAt = date($lastContactAt), r.since = date($since)
RETURN count(*) AS n
