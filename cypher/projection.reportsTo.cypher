// Read model build: every REPORTS_TO link with its properties (GraphStore.scan).
// Dates as toString(): the same `YYYY-MM-DD` on both engines, and LadybugDB hands strings over much faster than DATE values.
MATCH (p:Person)-[r:REPORTS_TO]->(m:Person)
RETURN p.id AS personId, m.id AS managerId, toString(r.since) AS since
