// Removes the current employer link of each person (one employer at a time).
UNWIND $ids AS key
MATCH (p:Person {id: key})-[w:WORKS_AT]->(:Company)
DELETE w
RETURN count(*) AS n
