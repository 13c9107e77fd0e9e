// Which of these product ids exist (bulk loads into a non-empty store split rows into inserts and updates).
UNWIND $ids AS key
MATCH (p:Product {id: key})
RETURN key
