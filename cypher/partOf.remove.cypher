// writeChanges, parent.removed.
MATCH (u:Company {id: $unitId})
MATCH (parent:Company {id: $parentId})
MATCH (u)-[r:PART_OF]->(parent)
DELETE r
RETURN count(*) AS n
