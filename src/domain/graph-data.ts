import type { TeamRole } from './enums.js';
import type { CompanyRecord, InteractionData, PersonRecord } from './records.js';

/**
 * A whole graph as rows, one array per node and relationship type (DESIGN §2):
 * what the generator produces, what bulk loads write and what the read model
 * is built from. Dates are ISO `YYYY-MM-DD` strings or null.
 */
export interface GraphData {
  companies: CompanyRecord[];
  people: PersonRecord[];
  worksAt: { personId: string; companyId: string; title: string | null; since: string | null }[];
  partOf: { unitId: string; parentId: string }[];
  reportsTo: { personId: string; managerId: string; since: string | null }[];
  influences: { fromId: string; toId: string; strength: number; note: string | null; since: string | null }[];
  knows: { fromId: string; toId: string; strength: number; lastContactAt: string | null; since: string | null }[];
  onTeam: { personId: string; companyId: string; role: TeamRole | null }[];
  /** Interaction nodes with their TOOK_PART and ABOUT links (absent: none) */
  interactions?: InteractionData[];
}

export type GraphPart = keyof GraphData;
