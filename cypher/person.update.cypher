// writeChanges, person.upserted (not created): replaces an existing person's properties (0 rows when they are missing).
MATCH (p:Person {id: $id})
SET p.name = $name, p.email = $email, p.title = $title, p.function = $function, p.decisionLevel = $decisionLevel,
    p.buyingRole = $buyingRole, p.attitude = $attitude, p.active = $active, p.leftAt = date($leftAt)
RETURN count(*) AS n
