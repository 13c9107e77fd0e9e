// writeChanges, employment.removed.
MATCH (p:Person {id: $personId})
MATCH (c:Company {id: $companyId})
MATCH (p)-[w:WORKS_AT]->(c)
DELETE w
RETURN count(*) AS n
