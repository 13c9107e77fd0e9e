// Consecutive sale.removed changes in one statement; each id is a primary-key lookup.
UNWIND $ids AS key
MATCH (s:Sale {id: key})
DETACH DELETE s
RETURN count(*) AS n
