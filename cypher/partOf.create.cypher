// writeChanges, parent.set without a previous parent: a new PART_OF (0 rows when an endpoint is missing).
MATCH (u:Company {id: $unitId})
MATCH (parent:Company {id: $parentId})
CREATE (u)-[r:PART_OF]->(parent)
RETURN count(*) AS n
