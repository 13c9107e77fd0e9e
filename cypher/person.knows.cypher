// Reads the store directly (tests check what was written): the contacts each of our people holds a relationship with.
UNWIND $ids AS key
MATCH (p:Person {id: key})-[r:KNOWS]->(o:Person)
RETURN key, r.strength AS strength, r.lastContactAt AS lastContactAt, r.since AS since, {id: o.id, name: o.name, email: o.email, title: o.title, function: o.function, decisionLevel: o.decisionLevel, buyingRole: o.buyingRole, attitude: o.attitude, active: o.active, leftAt: o.leftAt} AS person
