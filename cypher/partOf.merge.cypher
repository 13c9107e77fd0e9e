UNWIND $rows AS row
MATCH (c:Company {id: row.unitId})
MATCH (parent:Company {id: row.parentId})
MERGE (c)-[r:PART_OF]->(parent)
RETURN count(*) AS n
