UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (c:Company {id: row.companyId})
MERGE (p)-[r:ON_TEAM]->(c)
SET r.role = row.role
RETURN count(*) AS n
