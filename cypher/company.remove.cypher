// writeChanges, company.removed: the company and its relationships (the service checks nothing depends on it).
MATCH (c:Company {id: $id})
DETACH DELETE c
RETURN count(*) AS n
