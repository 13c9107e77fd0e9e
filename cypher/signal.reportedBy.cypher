// writeChanges, signal.upserted: the one of ours who REPORTED it, both ends by key.
MATCH (p:Person {id: $personId})
MATCH (s:Signal {id: $id})
MERGE (p)-[:REPORTED]->(s)
RETURN count(*) AS n
