// writeChanges, signal.upserted: the one of ours who REPORTED it, both ends by key.
MATCH (p:Person {id: $personId}), (s:Signal {id: $id})
MERGE (p)-[:REPORTED]->(s)
RETURN count(*) AS n
