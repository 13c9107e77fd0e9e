// writeChanges, signal.upserted: the contact who RAISED it, both ends by key.
MATCH (p:Person {id: $personId})
MATCH (s:Signal {id: $id})
MERGE (p)-[:RAISED]->(s)
RETURN count(*) AS n
