// writeChanges, signal.upserted: who in top management ACKNOWLEDGED it, both ends by key (MERGE: written again
// with every later change of the signal, it stays one link).
MATCH (p:Person {id: $personId})
MATCH (s:Signal {id: $id})
MERGE (p)-[:ACKNOWLEDGED]->(s)
RETURN count(*) AS n
