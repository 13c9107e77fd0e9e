// New products in one statement (consecutive product.upserted changes with created; bulk loads into a non-empty store).
UNWIND $rows AS row
CREATE (p:Product {id: row.id, name: row.name, family: row.family, launchedAt: date(row.launchedAt), listPrice: toFloat(row.listPrice)})
RETURN count(*) AS n
