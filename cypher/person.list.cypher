// A page of people ordered by id, after a cursor, with optional filters.
MATCH (p:Person)
WHERE p.id > $after
  AND (p.function = $function OR $function IS NULL)
  AND (p.buyingRole = $buyingRole OR $buyingRole IS NULL)
  AND (p.decisionLevel = $decisionLevel OR $decisionLevel IS NULL)
  AND (p.active = $active OR $active IS NULL)
  AND (toLower(p.name) CONTAINS $search OR $search IS NULL)
RETURN p.id AS id, {id: p.id, name: p.name, email: p.email, title: p.title, function: p.function, decisionLevel: p.decisionLevel, buyingRole: p.buyingRole, attitude: p.attitude, active: p.active, leftAt: p.leftAt} AS person
ORDER BY id
LIMIT $limit
