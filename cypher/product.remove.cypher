// writeChanges, product.removed: the product (the service checks no sale is OF it).
MATCH (p:Product {id: $id})
DETACH DELETE p
RETURN count(*) AS n
