// writeChanges, employment.set with a previous employer: deletes that WORKS_AT and creates the new one, in one
// statement (0 rows, and nothing changed, when the previous link or an endpoint is missing).
MATCH (p:Person {id: $personId})
MATCH (c:Company {id: $companyId})
MATCH (prev:Company {id: $previousCompanyId})
MATCH (p)-[old:WORKS_AT]->(prev)
DELETE old
WITH p, c, count(*) AS replaced
CREATE (p)-[w:WORKS_AT {title: $title, since: date($since)}]->(c)
RETURN count(*) AS n
