// Which of these sale ids exist (bulk loads into a non-empty store split rows into inserts and updates).
UNWIND $ids AS key
MATCH (s:Sale {id: key})
RETURN key
