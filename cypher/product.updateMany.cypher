// Replaces existing products' properties in one statement; each row is a primary-key lookup.
UNWIND $rows AS row
MATCH (p:Product {id: row.id})
SET p.name = row.name, p.family = row.family, p.launchedAt = date(row.launchedAt), p.listPrice = toFloat(row.listPrice)
RETURN count(*) AS n
