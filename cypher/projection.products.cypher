// Read model build: every product (GraphStore.scan). Dates as toString(): the same `YYYY-MM-DD` on both engines.
MATCH (p:Product)
RETURN p.id AS id, p.name AS name, p.family AS family, toString(p.launchedAt) AS launchedAt, p.listPrice AS listPrice
