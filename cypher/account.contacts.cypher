// DESIGN §3 "Contacts of account A": active persons working at A or any unit PART_OF A, transitively.
UNWIND $accountIds AS aid
MATCH (a:Company {id: aid})
MATCH (u:Company)-[:PART_OF*0..30]->(a)
MATCH (p:Person)-[:WORKS_AT]->(u)
WHERE p.active = true
RETURN aid, u.id AS unitId, {id: p.id, name: p.name, email: p.email, title: p.title, function: p.function, decisionLevel: p.decisionLevel, buyingRole: p.buyingRole, attitude: p.attitude, active: p.active, leftAt: p.leftAt} AS person
