// writeChanges, parent.set with a previous parent: deletes that PART_OF and creates the new one, in one statement
// (0 rows, and nothing changed, when the previous link or an endpoint is missing).
MATCH (u:Company {id: $unitId})
MATCH (parent:Company {id: $parentId})
MATCH (prev:Company {id: $previousParentId})
MATCH (u)-[old:PART_OF]->(prev)
DELETE old
WITH u, parent, count(*) AS replaced
CREATE (u)-[r:PART_OF]->(parent)
RETURN count(*) AS n
