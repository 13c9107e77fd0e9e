// Which of these person ids exist (bulk loads into a non-empty store split rows into inserts and updates).
UNWIND $ids AS key
MATCH (p:Person {id: key})
RETURN key
