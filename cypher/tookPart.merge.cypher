// Bulk loads: TOOK_PART links, one row per participant of an interaction.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (i:Interaction {id: row.interactionId})
MERGE (p)-[r:TOOK_PART]->(i)
RETURN count(*) AS n
