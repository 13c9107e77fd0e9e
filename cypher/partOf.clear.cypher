// Detaches each unit from its parent (one parent at a time).
UNWIND $ids AS key
MATCH (c:Company {id: key})-[r:PART_OF]->(:Company)
DELETE r
RETURN count(*) AS n
