// writeChanges, competitor.removed: the COMPETES_AT of one area.
MATCH (k:Company {id: $companyId})
MATCH (a:Company {id: $accountId})
MATCH (k)-[r:COMPETES_AT]->(a)
WHERE r.area = $area
DELETE r
RETURN count(*) AS n
