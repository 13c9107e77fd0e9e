// New competitors in one statement (a run of competitor.upserted changes with created; bulk loads): each row is two
// primary-key lookups and one insert (docs/plans.md "Store"). `toFloat`: an integral share becomes a float, and a column of nulls
// only (typed ANY by the embedded engine) still binds, where `* 1.0` would not.
UNWIND $rows AS row
MATCH (k:Company {id: row.companyId})
MATCH (a:Company {id: row.accountId})
CREATE (k)-[:COMPETES_AT {area: row.area, estimatedShare: toFloat(row.estimatedShare)}]->(a)
RETURN count(*) AS n
