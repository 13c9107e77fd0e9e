// Analytics projection: every company (read in bulk at start and on refresh).
MATCH (c:Company)
RETURN {id: c.id, name: c.name, kind: c.kind, unitLevel: c.unitLevel, country: c.country, segment: c.segment, isKeyAccount: c.isKeyAccount, tier: c.tier} AS company
