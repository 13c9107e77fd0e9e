UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (c:Company {id: row.companyId})
MERGE (p)-[w:WORKS_AT]->(c)
SET w.title = row.title, w.since = date(row.since)
RETURN count(*) AS n
