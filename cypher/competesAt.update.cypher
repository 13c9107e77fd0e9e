// writeChanges, competitor.upserted (not created): the estimated share of an existing COMPETES_AT in its area
// (0 rows when it is missing): both ends by key, then the competitor's own links.
MATCH (k:Company {id: $companyId})
MATCH (a:Company {id: $accountId})
MATCH (k)-[r:COMPETES_AT]->(a)
WHERE r.area = $area
SET r.estimatedShare = $estimatedShare * 1.0
RETURN count(*) AS n
