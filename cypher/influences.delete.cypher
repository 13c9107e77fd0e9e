UNWIND $rows AS row
MATCH (a:Person {id: row.fromId})-[r:INFLUENCES]->(b:Person {id: row.toId})
DELETE r
RETURN count(*) AS n
