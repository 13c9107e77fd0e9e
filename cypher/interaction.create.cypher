// writeChanges, interaction.upserted: a new Interaction, ABOUT its account and with one TOOK_PART per participant,
// each found by key. n counts the participants linked (0 when the account is missing; fewer when a person is).
MATCH (c:Company {id: $accountId})
CREATE (i:Interaction {id: $id, kind: $kind, at: date($at), direction: $direction, level: $level, subject: $subject})-[:ABOUT]->(c)
WITH i
UNWIND $participantIds AS pid
MATCH (p:Person {id: pid})
CREATE (p)-[:TOOK_PART]->(i)
RETURN count(*) AS n
