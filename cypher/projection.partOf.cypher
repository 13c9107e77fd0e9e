// Analytics projection: every PART_OF link.
MATCH (u:Company)-[:PART_OF]->(c:Company)
RETURN u.id AS unitId, c.id AS parentId
