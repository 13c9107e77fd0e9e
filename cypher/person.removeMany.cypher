// Consecutive person.removed changes in one statement; each id is a primary-key lookup (docs/store-plans.md).
UNWIND $ids AS key
MATCH (p:Person {id: key})
DETACH DELETE p
RETURN count(*) AS n
