// Read model build: every INFLUENCES link with its properties (GraphStore.scan).
// Dates as toString(): the same `YYYY-MM-DD` on both engines, and LadybugDB hands strings over much faster than DATE values.
MATCH (a:Person)-[r:INFLUENCES]->(b:Person)
RETURN a.id AS fromId, b.id AS toId, r.strength AS strength, r.note AS note, toString(r.since) AS since
