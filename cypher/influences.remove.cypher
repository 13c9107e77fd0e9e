// writeChanges, influence.removed.
MATCH (a:Person {id: $fromId})
MATCH (b:Person {id: $toId})
MATCH (a)-[r:INFLUENCES]->(b)
DELETE r
RETURN count(*) AS n
