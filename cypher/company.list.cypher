// A page of companies ordered by id, after a cursor, with optional filters.
// On LadybugDB a parameter's first use fixes its type, so each filter compares before its IS NULL test.
MATCH (c:Company)
WHERE c.id > $after
  AND (c.kind = $kind OR $kind IS NULL)
  AND (c.isKeyAccount = $isKeyAccount OR $isKeyAccount IS NULL)
  AND (c.unitLevel = $unitLevel OR $unitLevel IS NULL)
  AND (toLower(c.name) CONTAINS $search OR $search IS NULL)
RETURN c.id AS id, {id: c.id, name: c.name, kind: c.kind, unitLevel: c.unitLevel, country: c.country, segment: c.segment, isKeyAccount: c.isKeyAccount, tier: c.tier} AS company
ORDER BY id
LIMIT $limit
