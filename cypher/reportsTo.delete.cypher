UNWIND $rows AS row
MATCH (p:Person {id: row.personId})-[r:REPORTS_TO]->(m:Person {id: row.managerId})
DELETE r
RETURN count(*) AS n
