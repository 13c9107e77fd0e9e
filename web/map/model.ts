// One account as the map draws it, read from the API: its units, its active contacts (with influence
// scores, managers, informal influence and who of ours holds them) and our people beside them.
// Every figure comes from the API as it is; the page computes nothing the API already answers.
import { gql } from './api.js';

export type UnitLevel = 'GROUP' | 'REGIONAL' | 'LOCAL';
export type Coverage = 'uncovered' | 'single' | 'multi';

export interface Tally {
  total: number; covered: number; uncovered: number; singleThreaded: number; multiThreaded: number; coverageRatio: number | null;
}

export interface Unit extends Tally {
  unitId: string; parentId: string | null; name: string; depth: number; unitLevel: UnitLevel | null;
}

/** A KNOWS relationship seen from the contact: one of ours, with the strength and age in force. */
export interface Hold { personId: string; strength: number; lastContactAt: string | null; ageDays: number | null }

export interface Contact {
  id: string; name: string; title: string | null; function: string | null;
  buyingRole: string | null; decisionLevel: string | null;
  unitId: string; managerId: string | null;
  /** influence score within the account (weighted PageRank, sums to 1), its rank (1 = most) and depth in the reporting tree */
  score: number; rank: number; formalRank: number;
  isDecisionMaker: boolean;
  hiddenInfluencer: boolean;
  /** effective relationships (Person.coverage): who of ours covers this contact, strongest first */
  holders: Hold[];
  /** relationships that are not effective (too weak or stale): drawn, but they do not cover */
  weak: Hold[];
  /** INFLUENCES out: whom this contact sways */
  influences: { personId: string; strength: number }[];
}

export interface Ours { id: string; name: string; title: string | null; function: string | null; teamRole: string | null }

export interface AccountModel {
  id: string; name: string;
  company: { kind: string; unitLevel: string | null; country: string | null; segment: string | null; isKeyAccount: boolean | null; tier: string | null };
  thresholds: { asOf: string; minStrength: number; maxAgeDays: number };
  overall: Tally;
  byLevel: (Tally & { decisionLevel: string })[];
  singleThreaded: boolean;
  soleHolder: { id: string; name: string } | null;
  influenceWeightedCoverage: number | null;
  /** top-down, the account first */
  units: Unit[];
  contacts: Map<string, Contact>;
  ours: Map<string, Ours>;
  /** ms spent reading it from the API */
  fetchMs: number;
  requests: number;
}

export function coverageOf(c: Contact): Coverage {
  return c.holders.length === 0 ? 'uncovered' : c.holders.length === 1 ? 'single' : 'multi';
}

const TALLY = 'total covered uncovered singleThreaded multiThreaded coverageRatio';

const ACCOUNT = `query MapAccount($id: ID!) {
  company(id: $id) { id name kind unitLevel country segment isKeyAccount tier team { role person { id name title function } } }
  decisionMakerCoverage(accountId: $id) {
    accountName thresholds { asOf minStrength maxAgeDays }
    overall { ${TALLY} }
    byLevel { decisionLevel ${TALLY} }
    byUnit { unitId parentId name depth unitLevel ${TALLY} }
    singleThreaded soleHolder { id name } influenceWeightedCoverage
  }
  hiddenInfluencers(accountId: $id) { person { id } }
}`;

/** 100 contacts a page: the API's largest page, well inside its cost limit (docs/limits.md). */
const CONTACTS = `query MapContacts($id: ID!, $after: String) {
  influenceRanking(accountId: $id, first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { score rank formalRank isDecisionMaker person {
      id name title function buyingRole decisionLevel
      employer { company { id } }
      manager { id }
      influences { strength person { id } }
      coverage { strength ageDays lastContactAt person { id name title function } }
      knownBy { strength lastContactAt person { id name title function } }
    } } }
  }
}`;

interface PersonRef { id: string; name: string; title: string | null; function: string | null }
interface RankedNode {
  score: number; rank: number; formalRank: number; isDecisionMaker: boolean;
  person: PersonRef & {
    buyingRole: string | null; decisionLevel: string | null;
    employer: { company: { id: string } } | null; manager: { id: string } | null;
    influences: { strength: number; person: { id: string } }[];
    coverage: { strength: number; ageDays: number | null; lastContactAt: string | null; person: PersonRef }[];
    knownBy: { strength: number; lastContactAt: string | null; person: PersonRef }[];
  };
}

interface AccountAnswer {
  company: null | {
    id: string; name: string; kind: string; unitLevel: string | null; country: string | null; segment: string | null;
    isKeyAccount: boolean | null; tier: string | null; team: { role: string | null; person: PersonRef }[];
  };
  decisionMakerCoverage: {
    accountName: string; thresholds: AccountModel['thresholds']; overall: Tally; byLevel: AccountModel['byLevel']; byUnit: Unit[];
    singleThreaded: boolean; soleHolder: { id: string; name: string } | null; influenceWeightedCoverage: number | null;
  };
  hiddenInfluencers: { person: { id: string } }[];
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** Reads one account: one request for the account, one per 100 contacts. */
export async function loadAccount(id: string): Promise<AccountModel> {
  const started = performance.now();
  const a = await gql<AccountAnswer>(ACCOUNT, { id });
  if (!a.company) throw new Error(`no account ${id}`);
  let requests = 1;
  const hidden = new Set(a.hiddenInfluencers.map((h) => h.person.id));
  const ours = new Map<string, Ours>();
  const addOurs = (p: PersonRef, teamRole: string | null = null) => {
    if (!ours.has(p.id)) ours.set(p.id, { id: p.id, name: p.name, title: p.title, function: p.function, teamRole });
  };
  for (const m of a.company.team) addOurs(m.person, m.role);

  const contacts = new Map<string, Contact>();
  let after: string | null = null;
  do {
    const page: { influenceRanking: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: RankedNode }[] } } =
      await gql(CONTACTS, { id, after });
    requests++;
    for (const { node: n } of page.influenceRanking.edges) {
      const p = n.person;
      const holders = p.coverage.map((c): Hold => ({ personId: c.person.id, strength: c.strength, lastContactAt: c.lastContactAt, ageDays: c.ageDays }));
      const holderIds = new Set(holders.map((x) => x.personId));
      for (const c of p.coverage) addOurs(c.person);
      const weak: Hold[] = [];
      for (const k of p.knownBy) {
        if (holderIds.has(k.person.id)) continue;
        addOurs(k.person);
        weak.push({ personId: k.person.id, strength: k.strength, lastContactAt: k.lastContactAt,
          ageDays: k.lastContactAt ? daysBetween(k.lastContactAt, a.decisionMakerCoverage.thresholds.asOf) : null });
      }
      contacts.set(p.id, {
        id: p.id, name: p.name, title: p.title, function: p.function, buyingRole: p.buyingRole, decisionLevel: p.decisionLevel,
        unitId: p.employer?.company.id ?? a.company.id, managerId: p.manager?.id ?? null,
        score: n.score, rank: n.rank, formalRank: n.formalRank, isDecisionMaker: n.isDecisionMaker,
        hiddenInfluencer: hidden.has(p.id), holders, weak,
        influences: p.influences.map((i) => ({ personId: i.person.id, strength: i.strength })),
      });
    }
    after = page.influenceRanking.pageInfo.hasNextPage ? page.influenceRanking.pageInfo.endCursor : null;
  } while (after);

  const d = a.decisionMakerCoverage;
  return {
    id: a.company.id, name: a.company.name,
    company: { kind: a.company.kind, unitLevel: a.company.unitLevel, country: a.company.country, segment: a.company.segment, isKeyAccount: a.company.isKeyAccount, tier: a.company.tier },
    thresholds: d.thresholds, overall: d.overall, byLevel: d.byLevel, singleThreaded: d.singleThreaded, soleHolder: d.soleHolder,
    influenceWeightedCoverage: d.influenceWeightedCoverage,
    units: d.byUnit, contacts, ours,
    fetchMs: performance.now() - started, requests,
  };
}
