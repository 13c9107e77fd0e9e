// Replaces existing companies' properties in one statement; each row is a primary-key lookup (docs/store-plans.md).
UNWIND $rows AS row
MATCH (c:Company {id: row.id})
SET c.name = row.name, c.kind = row.kind, c.unitLevel = row.unitLevel, c.country = row.country,
    c.segment = row.segment, c.isKeyAccount = toBoolean(row.isKeyAccount), c.tier = row.tier
RETURN count(*) AS n
