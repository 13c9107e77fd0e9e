/** Appends the audit record of a write in the write's own unit of work (`audit.append.cypher`). */
export async function writeAudit(tx, e) {
    await tx.run('audit.append', {
        id: e.id, at: e.at, actor: e.actor, role: e.role, operation: e.operation,
        // spaces around every id so `CONTAINS ' id '` matches whole ids only
        ids: ` ${e.ids.join(' ')} `,
        changes: JSON.stringify(e.changes),
    }, { last: true });
}
//# sourceMappingURL=audit-writer.js.map