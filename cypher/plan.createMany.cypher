// New plan versions in one statement (a run of plan.versioned changes; bulk loads): each row is one primary-key lookup
// of the account and two inserts, as plan.create (docs/plans.md "Store").
UNWIND $rows AS row
MATCH (c:Company {id: row.accountId})
CREATE (p:AccountPlan {id: row.id, planId: row.planId, year: row.year, version: row.version, updatedAt: row.updatedAt, updatedBy: row.updatedBy, sections: row.sections})-[:PLAN_FOR]->(c)
RETURN count(*) AS n
