// Read model build: every INFLUENCES link with its properties (GraphStore.scan).
MATCH (a:Person)-[r:INFLUENCES]->(b:Person)
RETURN a.id AS fromId, b.id AS toId, r.strength AS strength, r.note AS note, r.since AS since
