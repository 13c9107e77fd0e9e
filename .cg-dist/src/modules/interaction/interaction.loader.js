import { byId, modelLoader } from '../../common/loader.js';
/** Per-request DataLoaders of an interaction's links, answering from the (scoped) read model. */
export function createInteractionLoaders(host) {
    return {
        /** the participants the caller may see, by id */
        participants: modelLoader(host, (g, id) => {
            const i = g.interactionIndex(id);
            const out = [];
            if (i >= 0)
                g.forEachParticipant(i, (p) => out.push(g.person(p)));
            return byId(out, (p) => p.id);
        }),
        account: modelLoader(host, (g, id) => {
            const i = g.interactionIndex(id);
            const c = i < 0 ? -1 : g.interactionAccount(i);
            return c < 0 ? null : g.company(c);
        }),
    };
}
//# sourceMappingURL=interaction.loader.js.map