// Deletes companies and their relationships (the service refuses companies that still have units or people).
UNWIND $ids AS key
MATCH (c:Company {id: key})
DETACH DELETE c
RETURN count(*) AS n
