UNWIND $rows AS row
MATCH (p:Person {id: row.personId})-[r:ON_TEAM]->(c:Company {id: row.companyId})
DELETE r
RETURN count(*) AS n
