// DataLoader batch: the active people holding an effective relationship (DESIGN §3) with each contact.
UNWIND $ids AS key
MATCH (p:Person {id: key})<-[k:KNOWS]-(o:Person)
WHERE k.strength >= $minStrength AND k.lastContactAt >= date($cutoff) AND o.active = true
RETURN key, k.strength AS strength, k.lastContactAt AS lastContactAt, {id: o.id, name: o.name, email: o.email, title: o.title, function: o.function, decisionLevel: o.decisionLevel, buyingRole: o.buyingRole, attitude: o.attitude, active: o.active, leftAt: o.leftAt} AS person
