import type {
  Attitude, BuyingRole, CompanyKind, DecisionLevel, PersonFunction, TeamRole, UnitLevel,
} from './enums.js';

/** A Company node as the store returns it (DESIGN §2). */
export interface CompanyRecord {
  id: string;
  name: string;
  kind: CompanyKind;
  unitLevel: UnitLevel | null;
  country: string | null;
  segment: string | null;
  isKeyAccount: boolean | null;
  tier: string | null;
}

/** A Person node as the store returns it (DESIGN §2). Dates are `YYYY-MM-DD`. */
export interface PersonRecord {
  id: string;
  name: string;
  email: string | null;
  title: string | null;
  function: PersonFunction | null;
  decisionLevel: DecisionLevel | null;
  buyingRole: BuyingRole | null;
  attitude: Attitude | null;
  active: boolean;
  leftAt: string | null;
}

export interface EmploymentRecord { company: CompanyRecord; title: string | null; since: string | null }
export interface StaffRecord { person: PersonRecord; title: string | null; since: string | null }
export interface ReportingRecord { person: PersonRecord; since: string | null }
export interface InfluenceRecord { person: PersonRecord; strength: number; note: string | null; since: string | null }
export interface KnowsRecord { person: PersonRecord; strength: number; lastContactAt: string | null; since: string | null }
export interface TeamMemberRecord { person: PersonRecord; role: TeamRole | null }
export interface TeamMembershipRecord { company: CompanyRecord; role: TeamRole | null }
