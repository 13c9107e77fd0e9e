// writeChanges, influence.upserted (not created): replaces an existing INFLUENCES' properties (0 rows when missing).
MATCH (a:Person {id: $fromId})
MATCH (b:Person {id: $toId})
MATCH (a)-[r:INFLUENCES]->(b)
SET r.strength = $strength * 1.0, r.note = $note, r.since = date($since)
RETURN count(*) AS n
