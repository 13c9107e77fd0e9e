UNWIND $rows AS row
MATCH (c:Company {id: row.unitId})-[r:PART_OF]->(parent:Company {id: row.parentId})
DELETE r
RETURN count(*) AS n
