// writeChanges, sale.removed: the sale and its BOUGHT and OF links.
MATCH (s:Sale {id: $id})
DETACH DELETE s
RETURN count(*) AS n
