// Consecutive company.removed changes in one statement; each id is a primary-key lookup (docs/store-plans.md).
UNWIND $ids AS key
MATCH (c:Company {id: key})
DETACH DELETE c
RETURN count(*) AS n
