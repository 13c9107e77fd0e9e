// Size of the graph; used at start to decide whether to load the demo.
MATCH (n:Person)
RETURN count(n) AS people
