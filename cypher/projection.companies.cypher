// Read model build: every company (GraphStore.scan).
MATCH (c:Company)
RETURN {id: c.id, name: c.name, kind: c.kind, unitLevel: c.unitLevel, country: c.country, segment: c.segment, isKeyAccount: c.isKeyAccount, tier: c.tier} AS company
