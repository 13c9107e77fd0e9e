// Analytics projection: every REPORTS_TO link.
MATCH (p:Person)-[:REPORTS_TO]->(m:Person)
RETURN p.id AS personId, m.id AS managerId
