// Bulk load into a non-empty store: new Interaction nodes (their links follow through tookPart.merge / about.merge).
UNWIND $rows AS row
CREATE (i:Interaction {id: row.id, kind: row.kind, at: date(row.at), direction: row.direction, level: row.level, subject: row.subject})
RETURN count(*) AS n
