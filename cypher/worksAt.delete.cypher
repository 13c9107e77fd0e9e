UNWIND $rows AS row
MATCH (p:Person {id: row.personId})-[r:WORKS_AT]->(c:Company {id: row.companyId})
DELETE r
RETURN count(*) AS n
