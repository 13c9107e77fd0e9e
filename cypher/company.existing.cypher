// Which of these company ids exist (bulk loads into a non-empty store split rows into inserts and updates).
UNWIND $ids AS key
MATCH (c:Company {id: key})
RETURN key
