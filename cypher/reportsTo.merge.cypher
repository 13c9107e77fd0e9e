UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (m:Person {id: row.managerId})
MERGE (p)-[r:REPORTS_TO]->(m)
SET r.since = date(row.since)
RETURN count(*) AS n
