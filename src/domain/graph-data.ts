import type { SignalData } from './signals.js';
import type { ActivityData, CompetitorLinkData, PartnerLinkData, PlanVersionData } from './plans.js';
import type { TeamRole } from './enums.js';
import type { CompanyPotential, CompanyRecord, InteractionData, PersonRecord, ProductRecord, SaleRecord } from './records.js';

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
  /** Product nodes, the catalogue (absent: none) */
  products?: ProductRecord[];
  /** Sale nodes with their BOUGHT and OF links (absent: none) */
  sales?: SaleRecord[];
  /** potential inputs of companies listed in `companies` (absent: none set) */
  potentials?: CompanyPotential[];
  /** Signal nodes with their ON, RAISED, REPORTED and ACKNOWLEDGED links (absent: none) */
  signals?: SignalData[];
  /** COMPETES_AT links (absent: none; docs/plans.md) */
  competesAt?: CompetitorLinkData[];
  /** PARTNERS_AT links (absent: none) */
  partnersAt?: PartnerLinkData[];
  /** AccountPlan nodes, one per version, with PLAN_FOR (absent: none) */
  plans?: PlanVersionData[];
  /** Activity nodes with IN_PLAN and OWNS (absent: none) */
  activities?: ActivityData[];
}

export type GraphPart = keyof GraphData;
