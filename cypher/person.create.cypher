// writeChanges, person.upserted (created): one new person. CREATE, not MERGE: an index-free MERGE scans the table.
CREATE (p:Person {id: $id, name: $name, email: $email, title: $title, function: $function, decisionLevel: $decisionLevel,
                  buyingRole: $buyingRole, attitude: $attitude, active: $active, leftAt: date($leftAt)})
RETURN count(*) AS n
