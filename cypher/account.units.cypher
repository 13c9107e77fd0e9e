// Each account's unit tree: the account itself and every unit PART_OF it, transitively, with its parent.
UNWIND $accountIds AS aid
MATCH (a:Company {id: aid})
MATCH (u:Company)-[:PART_OF*0..30]->(a)
OPTIONAL MATCH (u)-[:PART_OF]->(parent:Company)
RETURN aid, u.id AS id, u.name AS name, u.unitLevel AS unitLevel, u.kind AS kind, parent.id AS parentId
