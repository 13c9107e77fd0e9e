// Read model build: every person (GraphStore.scan).
// Dates as toString(): the same `YYYY-MM-DD` on both engines, and LadybugDB hands strings over much faster than DATE values.
MATCH (p:Person)
RETURN {id: p.id, name: p.name, email: p.email, title: p.title, function: p.function, decisionLevel: p.decisionLevel, buyingRole: p.buyingRole, attitude: p.attitude, active: p.active, leftAt: toString(p.leftAt)} AS person
