// writeChanges, plan.versioned: one version of a key-account plan, a new AccountPlan node `<planId>@<version>` PLAN_FOR
// its account (found by key; 0 rows when it is missing). A version is never changed again: the next one is a node of
// its own, and a second writer of the same version fails on the key (docs/plans.md "Store").
MATCH (c:Company {id: $accountId})
CREATE (p:AccountPlan {id: $id, planId: $planId, year: $year, version: $version, updatedAt: $updatedAt, updatedBy: $updatedBy, sections: $sections})-[:PLAN_FOR]->(c)
RETURN count(*) AS n
