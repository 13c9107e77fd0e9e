// writeChanges, competitor.upserted (created): a new COMPETES_AT from a competitor to an account in one area, both
// found by key (0 rows when either is missing). `* 1.0`: an integral share becomes a float (docs/plans.md "Store").
MATCH (k:Company {id: $companyId})
MATCH (a:Company {id: $accountId})
CREATE (k)-[:COMPETES_AT {area: $area, estimatedShare: $estimatedShare * 1.0}]->(a)
RETURN count(*) AS n
