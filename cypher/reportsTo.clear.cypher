// Removes each person's formal manager link (one manager at a time).
UNWIND $ids AS key
MATCH (p:Person {id: key})-[r:REPORTS_TO]->(:Person)
DELETE r
RETURN count(*) AS n
