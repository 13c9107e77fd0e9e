// DESIGN §3 "Our people": active persons working at a SUPPLIER company or any unit under it.
MATCH (s:Company {kind: 'SUPPLIER'})
MATCH (u:Company)-[:PART_OF*0..30]->(s)
MATCH (o:Person)-[:WORKS_AT]->(u)
WHERE o.active = true
RETURN DISTINCT {id: o.id, name: o.name, email: o.email, title: o.title, function: o.function, decisionLevel: o.decisionLevel, buyingRole: o.buyingRole, attitude: o.attitude, active: o.active, leftAt: o.leftAt} AS person
