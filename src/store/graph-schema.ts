/**
 * The graph's schema in one engine-neutral description (DESIGN §2). Each
 * engine's DDL is generated from it (`ddl.ts`), so the two never drift.
 */
export type PropType = 'string' | 'int' | 'float' | 'bool' | 'date';

export interface NodeDef {
  key: 'id';
  props: Record<string, PropType>;
  /** properties that get a (Neo4j) range index besides the key */
  index?: string[];
}

export interface RelDef {
  from: string;
  to: string;
  props: Record<string, PropType>;
}

export const GRAPH_SCHEMA: { nodes: Record<string, NodeDef>; rels: Record<string, RelDef> } = {
  nodes: {
    Company: {
      key: 'id',
      props: {
        id: 'string',
        name: 'string',
        kind: 'string',
        unitLevel: 'string',
        country: 'string',
        segment: 'string',
        isKeyAccount: 'bool',
        tier: 'string',
        // DESIGN §2 potential inputs (docs/commercial.md): written by potential.set only, never by company.* statements
        annualTurnover: 'float',
        image: 'int',
        walletEstimate: 'float',
      },
      index: ['kind', 'name'],
    },
    Person: {
      key: 'id',
      props: {
        id: 'string',
        name: 'string',
        email: 'string',
        title: 'string',
        function: 'string',
        decisionLevel: 'string',
        buyingRole: 'string',
        attitude: 'string',
        active: 'bool',
        leftAt: 'date',
      },
      index: ['name', 'buyingRole'],
    },
    /** DESIGN §2: one dated contact; `at` a DATE (docs/decisions.md "Interactions") */
    Interaction: {
      key: 'id',
      props: { id: 'string', kind: 'string', at: 'date', direction: 'string', level: 'string', subject: 'string' },
      index: ['at'],
    },
    /** DESIGN §2: what we sell (docs/commercial.md) */
    Product: {
      key: 'id',
      props: { id: 'string', name: 'string', family: 'string', launchedAt: 'date', listPrice: 'float' },
      index: ['family'],
    },
    /** DESIGN §2: what one account bought of one product in one period; id derived from the three (`saleId`) */
    Sale: {
      key: 'id',
      props: { id: 'string', period: 'string', revenue: 'float', volume: 'float', listRevenue: 'float', contributionMargin: 'float' },
      index: ['period'],
    },
    /** DESIGN §2/§4: something a customer said or did; instants as ISO-8601 UTC strings (docs/decisions.md "Signals and escalation") */
    Signal: {
      key: 'id',
      props: { id: 'string', kind: 'string', at: 'string', severity: 'int', text: 'string', acknowledgedAt: 'string', actedAt: 'string' },
      index: ['at'],
    },
    /** DESIGN §6: one version of a key-account plan, id `<planId>@<version>`; written sections as one JSON string (docs/plans.md "Store") */
    AccountPlan: {
      key: 'id',
      props: { id: 'string', planId: 'string', year: 'int', version: 'int', updatedAt: 'string', updatedBy: 'string', sections: 'string' },
      index: ['planId'],
    },
    /** DESIGN §6: a planned action of a plan */
    Activity: {
      key: 'id',
      props: { id: 'string', title: 'string', dueAt: 'date', status: 'string' },
      index: ['dueAt'],
    },
    /** one committed write (docs/access.md "Audit log"); not part of the graph: never cleared, never projected */
    AuditEntry: {
      key: 'id',
      props: { id: 'string', at: 'string', actor: 'string', role: 'string', operation: 'string', ids: 'string', changes: 'string' },
      index: ['at'],
    },
  },
  rels: {
    WORKS_AT: { from: 'Person', to: 'Company', props: { title: 'string', since: 'date' } },
    PART_OF: { from: 'Company', to: 'Company', props: {} },
    REPORTS_TO: { from: 'Person', to: 'Person', props: { since: 'date' } },
    INFLUENCES: { from: 'Person', to: 'Person', props: { strength: 'float', note: 'string', since: 'date' } },
    KNOWS: { from: 'Person', to: 'Person', props: { strength: 'float', lastContactAt: 'date', since: 'date' } },
    ON_TEAM: { from: 'Person', to: 'Company', props: { role: 'string' } },
    TOOK_PART: { from: 'Person', to: 'Interaction', props: {} },
    ABOUT: { from: 'Interaction', to: 'Company', props: {} },
    BOUGHT: { from: 'Company', to: 'Sale', props: {} },
    OF: { from: 'Sale', to: 'Product', props: {} },
    ON: { from: 'Signal', to: 'Company', props: {} },
    RAISED: { from: 'Person', to: 'Signal', props: {} },
    REPORTED: { from: 'Person', to: 'Signal', props: {} },
    ACKNOWLEDGED: { from: 'Person', to: 'Signal', props: {} },
    COMPETES_AT: { from: 'Company', to: 'Company', props: { area: 'string', estimatedShare: 'float' } },
    PARTNERS_AT: { from: 'Company', to: 'Company', props: { area: 'string' } },
    PLAN_FOR: { from: 'AccountPlan', to: 'Company', props: {} },
    IN_PLAN: { from: 'Activity', to: 'AccountPlan', props: {} },
    OWNS: { from: 'Person', to: 'Activity', props: {} },
  },
};
