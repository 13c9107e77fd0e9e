// Replaces existing people's properties in one statement; each row is a primary-key lookup (docs/store-plans.md).
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
SET p.name = row.name, p.email = row.email, p.title = row.title, p.function = row.function,
    p.decisionLevel = row.decisionLevel, p.buyingRole = row.buyingRole, p.attitude = row.attitude,
    p.active = toBoolean(row.active), p.leftAt = date(row.leftAt)
RETURN count(*) AS n
