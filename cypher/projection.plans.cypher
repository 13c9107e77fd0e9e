// Read model build: every version of every plan with its account (GraphStore.scan).
MATCH (p:AccountPlan)-[:PLAN_FOR]->(c:Company)
RETURN p.planId AS planId, c.id AS accountId, p.year AS year, p.version AS version, p.updatedAt AS updatedAt, p.updatedBy AS updatedBy, p.sections AS sections
