// Non-zero when $from reaches $to by REPORTS_TO links: making $to report to $from would close a cycle.
MATCH (a:Person {id: $from})-[:REPORTS_TO*1..30]->(b:Person {id: $to})
RETURN count(*) AS n
