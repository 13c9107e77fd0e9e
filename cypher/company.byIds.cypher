// Reads the store directly (tests check what was written): companies by id (missing ids return no row).
UNWIND $ids AS key
MATCH (c:Company {id: key})
RETURN key, {id: c.id, name: c.name, kind: c.kind, unitLevel: c.unitLevel, country: c.country, segment: c.segment, isKeyAccount: c.isKeyAccount, tier: c.tier} AS company
