// New people in one statement (consecutive person.upserted changes with created; bulk loads into a non-empty store).
// Each row is a primary-key insert (docs/store-plans.md).
UNWIND $rows AS row
CREATE (p:Person {id: row.id, name: row.name, email: row.email, title: row.title, function: row.function,
                  decisionLevel: row.decisionLevel, buyingRole: row.buyingRole, attitude: row.attitude,
                  active: toBoolean(row.active), leftAt: date(row.leftAt)})
RETURN count(*) AS n
