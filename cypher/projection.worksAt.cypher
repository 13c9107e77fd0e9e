// Read model build: every WORKS_AT link with its properties (GraphStore.scan).
MATCH (p:Person)-[w:WORKS_AT]->(c:Company)
RETURN p.id AS personId, c.id AS companyId, w.title AS title, w.since AS since
