import { saleId } from '../domain/records.js';
import { GRAPH_SCHEMA } from './graph-schema.js';
/** Sale rows as the Sale table and the sale queries take them: the derived id, the figures, both ends. */
function saleRows(d) {
    return (d.sales ?? []).map((s) => ({
        id: saleId(s.accountId, s.productId, s.period), period: s.period, revenue: s.revenue, volume: s.volume,
        listRevenue: s.listRevenue, contributionMargin: s.contributionMargin, accountId: s.accountId, productId: s.productId,
    }));
}
/**
 * Company rows with their potential inputs folded in (`COPY FROM` writes a
 * node's every column at once); the other paths write companies with the
 * company queries, which never touch potentials, then `POTENTIAL_PART`.
 */
function companyRows(d) {
    if (!d.potentials?.length)
        return d.companies;
    const byId = new Map(d.potentials.map((p) => [p.companyId, p]));
    return d.companies.map((c) => {
        const p = byId.get(c.id);
        return p ? { ...c, annualTurnover: p.annualTurnover, image: p.image, walletEstimate: p.walletEstimate } : c;
    });
}
/** In dependency order: nodes before the relationships between them. */
export const PART_DEFS = [
    { part: 'companies', table: 'Company', merge: 'company.upsert', label: 'company', rows: companyRows },
    { part: 'people', table: 'Person', merge: 'person.upsert', label: 'person' },
    { part: 'partOf', table: 'PART_OF', ends: ['unitId', 'parentId'], merge: 'partOf.merge' },
    { part: 'worksAt', table: 'WORKS_AT', ends: ['personId', 'companyId'], merge: 'worksAt.merge' },
    { part: 'reportsTo', table: 'REPORTS_TO', ends: ['personId', 'managerId'], merge: 'reportsTo.merge' },
    { part: 'influences', table: 'INFLUENCES', ends: ['fromId', 'toId'], merge: 'influences.merge' },
    { part: 'knows', table: 'KNOWS', ends: ['fromId', 'toId'], merge: 'knows.merge' },
    { part: 'onTeam', table: 'ON_TEAM', ends: ['personId', 'companyId'], merge: 'onTeam.merge' },
    { part: 'interactions', table: 'Interaction', merge: 'interaction.upsert', label: 'interaction' },
    {
        part: 'tookPart', table: 'TOOK_PART', ends: ['personId', 'interactionId'], merge: 'tookPart.merge',
        rows: (d) => (d.interactions ?? []).flatMap((i) => i.participantIds.map((personId) => ({ personId, interactionId: i.id }))),
    },
    {
        part: 'about', table: 'ABOUT', ends: ['interactionId', 'companyId'], merge: 'about.merge',
        rows: (d) => (d.interactions ?? []).filter((i) => i.accountId !== null).map((i) => ({ interactionId: i.id, companyId: i.accountId })),
    },
    { part: 'products', table: 'Product', merge: 'product.upsert', label: 'product' },
    // the sale queries write BOUGHT and OF with the node; COPY FROM loads the three tables apart
    { part: 'sales', table: 'Sale', merge: 'sale.upsert', label: 'sale', rows: saleRows },
    { part: 'bought', table: 'BOUGHT', ends: ['accountId', 'id'], merge: 'sale.upsert', copyOnly: true, rows: saleRows },
    { part: 'of', table: 'OF', ends: ['id', 'productId'], merge: 'sale.upsert', copyOnly: true, rows: saleRows },
];
/**
 * Potential inputs: properties of Company nodes, folded into the company rows
 * by `COPY FROM`; every other path (UNWIND loads, Neo4j, seeding) writes
 * them after the companies with this merge query.
 */
export const POTENTIAL_PART = { part: 'potentials', merge: 'potential.merge' };
/** The potential rows of a graph, in the parameters `potential.merge` takes. */
export function potentialRows(data) {
    return (data.potentials ?? []).map((p) => ({ companyId: p.companyId, annualTurnover: p.annualTurnover, image: p.image, walletEstimate: p.walletEstimate }));
}
/**
 * The CSV columns of a part, in the table's column order (`COPY FROM` maps
 * columns by position): a node table's properties, or a relationship's FROM
 * key, TO key, then its properties. Row fields are named like the properties.
 */
export function csvColumns(def) {
    if (!def.ends) {
        const props = Object.entries(GRAPH_SCHEMA.nodes[def.table].props);
        return { header: props.map(([p]) => p), columns: props.map(([field, type]) => ({ field, type })) };
    }
    const props = Object.entries(GRAPH_SCHEMA.rels[def.table].props);
    const [from, to] = def.ends;
    return {
        header: ['from', 'to', ...props.map(([p]) => p)],
        columns: [{ field: from, type: 'string' }, { field: to, type: 'string' }, ...props.map(([field, type]) => ({ field, type }))],
    };
}
export function partRows(data, def) {
    if (def.rows)
        return def.rows(data);
    return (data[def.part] ?? []);
}
/** Node rows with one row per id, the last one winning (as successive MERGEs would leave it). */
export function uniqueById(rows) {
    const byId = new Map();
    for (const r of rows)
        byId.set(r.id, r);
    return byId.size === rows.length ? rows : [...byId.values()];
}
//# sourceMappingURL=graph-parts.js.map