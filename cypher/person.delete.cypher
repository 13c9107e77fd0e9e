// Deletes people and every relationship they hold.
UNWIND $ids AS key
MATCH (p:Person {id: key})
DETACH DELETE p
RETURN count(*) AS n
