// Non-zero when $from reaches $to by PART_OF links: joining $to under $from would close a cycle.
MATCH (a:Company {id: $from})-[:PART_OF*1..30]->(b:Company {id: $to})
RETURN count(*) AS n
