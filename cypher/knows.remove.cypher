// writeChanges, knows.removed.
MATCH (a:Person {id: $fromId})
MATCH (b:Person {id: $toId})
MATCH (a)-[r:KNOWS]->(b)
DELETE r
RETURN count(*) AS n
