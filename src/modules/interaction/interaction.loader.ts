import { byId, modelLoader } from '../../common/loader.js';
import type { CompanyRecord, PersonRecord } from '../../domain/records.js';
import type { ReadModelSource } from '../../readmodel/read-graph.js';

/** Per-request DataLoaders of an interaction's links, answering from the (scoped) read model. */
export function createInteractionLoaders(host: ReadModelSource) {
  return {
    /** the participants the caller may see, by id */
    participants: modelLoader(host, (g, id) => {
      const i = g.interactionIndex(id);
      const out: PersonRecord[] = [];
      if (i >= 0) g.forEachParticipant(i, (p) => out.push(g.person(p)));
      return byId(out, (p) => p.id);
    }),
    account: modelLoader(host, (g, id): CompanyRecord | null => {
      const i = g.interactionIndex(id);
      const c = i < 0 ? -1 : g.interactionAccount(i);
      return c < 0 ? null : g.company(c);
    }),
  };
}
export type InteractionLoaders = ReturnType<typeof createInteractionLoaders>;
