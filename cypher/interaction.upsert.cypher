// Creates or replaces interactions (seeding and Neo4j bulk loads); one row per interaction.
UNWIND $rows AS row
MERGE (i:Interaction {id: row.id})
SET i.kind = row.kind, i.at = date(row.at), i.direction = row.direction, i.level = row.level, i.subject = row.subject
RETURN count(*) AS n
