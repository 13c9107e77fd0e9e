// writeChanges, plan.removed: every version of a plan, each by key (its activities are removed before, by their own changes).
UNWIND $ids AS key
MATCH (p:AccountPlan {id: key})
DETACH DELETE p
RETURN count(*) AS n
