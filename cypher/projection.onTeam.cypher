// Read model build: every ON_TEAM link with its role (GraphStore.scan).
MATCH (p:Person)-[r:ON_TEAM]->(c:Company)
RETURN p.id AS personId, c.id AS companyId, r.role AS role
