// Which of these interaction ids exist (bulk loads into a non-empty store split rows into inserts and updates).
UNWIND $ids AS key
MATCH (i:Interaction {id: key})
RETURN key
