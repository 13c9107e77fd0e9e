// Read model build: every REPORTS_TO link with its properties (GraphStore.scan).
MATCH (p:Person)-[r:REPORTS_TO]->(m:Person)
RETURN p.id AS personId, m.id AS managerId, r.since AS since
