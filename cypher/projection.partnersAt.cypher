// Read model build: every partner's position at an account, per area (GraphStore.scan).
MATCH (k:Company)-[r:PARTNERS_AT]->(a:Company)
RETURN k.id AS companyId, a.id AS accountId, r.area AS area
