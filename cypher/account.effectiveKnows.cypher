// DESIGN §3 "Effective relationship": KNOWS into the account's active contacts from active people,
// strength >= $minStrength and lastContactAt on or after $cutoff (asOf - maxAgeDays; a missing date is stale).
// Whether the holder is one of our people is checked by the caller against account.ourPeople.
UNWIND $accountIds AS aid
MATCH (a:Company {id: aid})
MATCH (u:Company)-[:PART_OF*0..30]->(a)
MATCH (p:Person)-[:WORKS_AT]->(u)
WHERE p.active = true
MATCH (o:Person)-[k:KNOWS]->(p)
WHERE k.strength >= $minStrength AND k.lastContactAt >= date($cutoff) AND o.active = true
RETURN aid, p.id AS contactId, o.id AS holderId, k.strength AS strength, k.lastContactAt AS lastContactAt
