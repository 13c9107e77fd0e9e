// Reads the store directly (tests check what was written): people by id (missing ids return no row).
UNWIND $ids AS key
MATCH (p:Person {id: key})
RETURN key, {id: p.id, name: p.name, email: p.email, title: p.title, function: p.function, decisionLevel: p.decisionLevel, buyingRole: p.buyingRole, attitude: p.attitude, active: p.active, leftAt: p.leftAt} AS person
