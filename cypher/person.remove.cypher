// writeChanges, person.removed: the person and every relationship they hold.
MATCH (p:Person {id: $id})
DETACH DELETE p
RETURN count(*) AS n
