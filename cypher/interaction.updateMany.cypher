// Bulk load into a non-empty store: replaces existing interactions' properties.
UNWIND $rows AS row
MATCH (i:Interaction {id: row.id})
SET i.kind = row.kind, i.at = date(row.at), i.direction = row.direction, i.level = row.level, i.subject = row.subject
RETURN count(*) AS n
