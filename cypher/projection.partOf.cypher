// Read model build: every PART_OF link (GraphStore.scan).
MATCH (u:Company)-[:PART_OF]->(c:Company)
RETURN u.id AS unitId, c.id AS parentId
