// Analytics projection: every INFLUENCES link.
MATCH (a:Person)-[r:INFLUENCES]->(b:Person)
RETURN a.id AS fromId, b.id AS toId, r.strength AS strength
