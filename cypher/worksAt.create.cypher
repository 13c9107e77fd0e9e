// writeChanges, employment.set without a previous employer: a new WORKS_AT (0 rows when an endpoint is missing).
// Both endpoints by primary key, each in its own MATCH; CREATE, not MERGE (an index-free MERGE scans).
MATCH (p:Person {id: $personId})
MATCH (c:Company {id: $companyId})
CREATE (p)-[w:WORKS_AT {title: $title, since: date($since)}]->(c)
RETURN count(*) AS n
