// Every node and relationship as text, one row each: lets tests prove a refused write changed nothing.
MATCH (p:Person)
OPTIONAL MATCH (p)-[r]->(o)
RETURN 'P|' + p.id + '|' + coalesce(p.name, '') + '|' + coalesce(p.email, '') + '|' + coalesce(p.buyingRole, '') + '|' + coalesce(toString(p.active), '') + '|' + coalesce(toString(p.leftAt), '') AS node,
       coalesce(type(r) + '>' + o.id + '|' + coalesce(toString(r.strength), '') + '|' + coalesce(toString(r.lastContactAt), '') + '|' + coalesce(toString(r.since), '') + '|' + coalesce(r.title, '') + '|' + coalesce(r.role, ''), '') AS edge
UNION ALL
MATCH (c:Company)
OPTIONAL MATCH (c)-[:PART_OF]->(o:Company)
RETURN 'C|' + c.id + '|' + coalesce(c.name, '') + '|' + coalesce(c.kind, '') + '|' + coalesce(toString(c.isKeyAccount), '') + '|' + coalesce(toString(c.annualTurnover), '') + '|' + coalesce(toString(c.image), '') + '|' + coalesce(toString(c.walletEstimate), '') AS node,
       coalesce(o.id, '') AS edge
UNION ALL
MATCH (i:Interaction)
OPTIONAL MATCH (i)-[:ABOUT]->(o:Company)
RETURN 'I|' + i.id + '|' + coalesce(i.kind, '') + '|' + coalesce(toString(i.at), '') + '|' + coalesce(i.direction, '') + '|' + coalesce(i.level, '') + '|' + coalesce(i.subject, '') AS node,
       coalesce(o.id, '') AS edge
UNION ALL
MATCH (pr:Product)
RETURN 'R|' + pr.id + '|' + coalesce(pr.name, '') + '|' + coalesce(pr.family, '') + '|' + coalesce(toString(pr.launchedAt), '') + '|' + coalesce(toString(pr.listPrice), '') AS node,
       '' AS edge
UNION ALL
MATCH (s:Sale)
OPTIONAL MATCH (a:Company)-[:BOUGHT]->(s)
OPTIONAL MATCH (s)-[:OF]->(pr:Product)
RETURN 'S|' + s.id + '|' + coalesce(s.period, '') + '|' + coalesce(toString(s.revenue), '') + '|' + coalesce(toString(s.volume), '') + '|' + coalesce(toString(s.listRevenue), '') + '|' + coalesce(toString(s.contributionMargin), '') AS node,
       coalesce(a.id, '') + '>' + coalesce(pr.id, '') AS edge
UNION ALL
MATCH (k:Company)-[r:COMPETES_AT]->(a:Company)
RETURN 'K|' + k.id + '|' + a.id AS node, coalesce(r.area, '') + '|' + coalesce(toString(r.estimatedShare), '') AS edge
UNION ALL
MATCH (k:Company)-[r:PARTNERS_AT]->(a:Company)
RETURN 'N|' + k.id + '|' + a.id AS node, coalesce(r.area, '') AS edge
UNION ALL
MATCH (p:AccountPlan)
OPTIONAL MATCH (p)-[:PLAN_FOR]->(c:Company)
RETURN 'A|' + p.id + '|' + coalesce(p.updatedAt, '') + '|' + coalesce(p.sections, '') AS node, coalesce(c.id, '') AS edge
UNION ALL
MATCH (x:Activity)
OPTIONAL MATCH (x)-[:IN_PLAN]->(p:AccountPlan)
RETURN 'T|' + x.id + '|' + coalesce(x.title, '') + '|' + coalesce(toString(x.dueAt), '') + '|' + coalesce(x.status, '') AS node, coalesce(p.id, '') AS edge
