// Read model build: every WORKS_AT link with its properties (GraphStore.scan).
// Dates as toString(): the same `YYYY-MM-DD` on both engines, and LadybugDB hands strings over much faster than DATE values.
MATCH (p:Person)-[w:WORKS_AT]->(c:Company)
RETURN p.id AS personId, c.id AS companyId, w.title AS title, toString(w.since) AS since
