/** Every change kind, for tests that check each one is covered. */
export const CHANGE_KINDS = [
    'company.upserted', 'company.removed', 'person.upserted', 'person.removed', 'employment.set', 'employment.removed',
    'parent.set', 'parent.removed', 'manager.set', 'manager.removed', 'influence.upserted', 'influence.removed',
    'knows.upserted', 'knows.removed', 'team.upserted', 'team.removed', 'interaction.upserted', 'interaction.removed',
    'potential.set', 'product.upserted', 'product.removed', 'sale.upserted', 'sale.removed', 'graph.cleared',
];
/** Compile-time exhaustiveness for switches over change kinds. */
export function unhandled(x) {
    throw new Error(`unhandled change ${JSON.stringify(x)}`);
}
//# sourceMappingURL=changes.js.map