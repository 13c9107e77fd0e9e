// Read model build: every competitor's position at an account, per area (GraphStore.scan).
MATCH (k:Company)-[r:COMPETES_AT]->(a:Company)
RETURN k.id AS companyId, a.id AS accountId, r.area AS area, r.estimatedShare AS estimatedShare
