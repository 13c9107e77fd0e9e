// Read model build: every KNOWS link with its properties (GraphStore.scan).
MATCH (a:Person)-[r:KNOWS]->(b:Person)
RETURN a.id AS fromId, b.id AS toId, r.strength AS strength, r.lastContactAt AS lastContactAt, r.since AS since
