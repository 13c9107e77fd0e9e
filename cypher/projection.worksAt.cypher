// Analytics projection: every WORKS_AT link.
MATCH (p:Person)-[:WORKS_AT]->(c:Company)
RETURN p.id AS personId, c.id AS companyId
