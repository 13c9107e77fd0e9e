// Informal (INFLUENCES) and formal (REPORTS_TO) edges leaving each active contact of the account;
// the caller keeps those whose other end is a contact of the same account.
UNWIND $accountIds AS aid
MATCH (a:Company {id: aid})
MATCH (u:Company)-[:PART_OF*0..30]->(a)
MATCH (p:Person)-[:WORKS_AT]->(u)
WHERE p.active = true
MATCH (p)-[r:INFLUENCES|REPORTS_TO]->(q:Person)
WHERE q.active = true
RETURN aid, p.id AS fromId, q.id AS toId, type(r) AS type, r.strength AS strength
