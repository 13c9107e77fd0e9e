// Creates or replaces people; one row per person.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.name = row.name, p.email = row.email, p.title = row.title, p.function = row.function,
    p.decisionLevel = row.decisionLevel, p.buyingRole = row.buyingRole, p.attitude = row.attitude,
    p.active = toBoolean(row.active), p.leftAt = date(row.leftAt)
RETURN count(*) AS n
