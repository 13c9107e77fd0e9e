UNWIND $rows AS row
MATCH (a:Person {id: row.fromId})
MATCH (b:Person {id: row.toId})
MERGE (a)-[r:INFLUENCES]->(b)
SET r.strength = toFloat(row.strength), r.note = row.note, r.since = date(row.since)
RETURN count(*) AS n
