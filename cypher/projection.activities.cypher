// Read model build: every activity of a plan (through the version it was added in) with its owner (GraphStore.scan).
MATCH (a:Activity)-[:IN_PLAN]->(p:AccountPlan)
MATCH (p)-[:PLAN_FOR]->(:Company)
OPTIONAL MATCH (o:Person)-[:OWNS]->(a)
RETURN a.id AS id, p.planId AS planId, p.version AS addedIn, a.title AS title, a.dueAt AS dueAt, a.status AS status, o.id AS ownerId
