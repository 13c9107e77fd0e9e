// Bulk loads: ABOUT links, one row per interaction.
UNWIND $rows AS row
MATCH (i:Interaction {id: row.interactionId})
MATCH (c:Company {id: row.companyId})
MERGE (i)-[r:ABOUT]->(c)
RETURN count(*) AS n
