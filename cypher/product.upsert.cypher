// Creates or replaces products (seeding and Neo4j bulk loads); one row per product.
UNWIND $rows AS row
MERGE (p:Product {id: row.id})
SET p.name = row.name, p.family = row.family, p.launchedAt = date(row.launchedAt), p.listPrice = toFloat(row.listPrice)
RETURN count(*) AS n
