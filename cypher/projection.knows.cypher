// Analytics projection: every KNOWS link.
MATCH (a:Person)-[r:KNOWS]->(b:Person)
RETURN a.id AS fromId, b.id AS toId, r.strength AS strength, r.lastContactAt AS lastContactAt
