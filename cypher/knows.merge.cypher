UNWIND $rows AS row
MATCH (a:Person {id: row.fromId})
MATCH (b:Person {id: row.toId})
MERGE (a)-[r:KNOWS]->(b)
SET r.strength = toFloat(row.strength), r.lastContactAt = date(row.lastContactAt), r.since = date(row.since)
RETURN count(*) AS n
