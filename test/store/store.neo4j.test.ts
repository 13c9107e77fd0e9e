import { describe, it } from 'vitest';
import { Neo4jStore } from '../../src/store/neo4j.store.js';
import { storeContract } from './store-contract.js';

const uri = process.env.NEO4J_URI;

if (uri) {
  // WARNING: clears the configured database (use a throw-away one).
  storeContract(`Neo4j (${uri})`, async () => {
    const s = new Neo4jStore({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', database: process.env.NEO4J_DATABASE || undefined });
    await s.init();
    return s;
  });
} else {
  describe('GraphStore contract on Neo4j', () => {
    it.skip('skipped: NEO4J_URI is not set (no Neo4j server on this machine); set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD to run it', () => {});
  });
}
