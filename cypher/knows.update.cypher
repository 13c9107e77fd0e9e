// writeChanges, knows.upserted (not created): replaces an existing KNOWS' properties (0 rows when it is missing).
MATCH (a:Person {id: $fromId})
MATCH (b:Person {id: $toId})
MATCH (a)-[r:KNOWS]->(b)
SET r.strength = $strength * 1.0, r.lastContactAt = date($lastContactAt), r.since = date($since)
RETURN count(*) AS n
