// writeChanges, product.upserted (not created): replaces an existing product's properties (0 rows when it is missing).
MATCH (p:Product {id: $id})
SET p.name = $name, p.family = $family, p.launchedAt = date($launchedAt), p.listPrice = $listPrice * 1.0
RETURN count(*) AS n
