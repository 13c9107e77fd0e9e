import type {
  Attitude, BuyingRole, CompanyKind, DecisionLevel, Direction, InteractionKind, MeetingLevel, PersonFunction, TeamRole, UnitLevel,
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

/**
 * An Interaction node (DESIGN §2): one dated contact between people of both
 * sides. `at` is a date (`YYYY-MM-DD`), not a time: DESIGN §4 decays by whole
 * days. `direction` only for emails, `level` only for meetings and visits.
 */
export interface InteractionRecord {
  id: string;
  kind: InteractionKind;
  at: string;
  direction: Direction | null;
  level: MeetingLevel | null;
  subject: string | null;
}

/** An interaction with its links: the people who took part (TOOK_PART) and the account it is about (ABOUT). */
export interface InteractionData extends InteractionRecord {
  /** the company it is ABOUT (null only when that company was removed underneath it) */
  accountId: string | null;
  /** TOOK_PART, sorted, no duplicates */
  participantIds: string[];
}

/**
 * A Product node (DESIGN §2 "what we sell"; docs/commercial.md): one item of
 * the catalogue, visible to every identity. `family` groups products for
 * cross-selling; `launchedAt` (`YYYY-MM-DD`) makes a product "new" in the
 * price mix; `listPrice` is the price per unit of volume before discounts.
 */
export interface ProductRecord {
  id: string;
  name: string;
  family: string;
  launchedAt: string | null;
  listPrice: number | null;
}

/**
 * A Sale node (DESIGN §2): what one account (a company or unit, BOUGHT) bought
 * of one product (OF) in one period (`YYYY-MM` or `YYYY`). The account,
 * product and period are its key: its id is derived from them (`saleId`).
 * Money is in one currency; `listRevenue` and `contributionMargin` may be
 * unknown (null).
 */
export interface SaleRecord {
  accountId: string;
  productId: string;
  period: string;
  revenue: number;
  volume: number;
  listRevenue: number | null;
  contributionMargin: number | null;
}

/**
 * DESIGN §2 potential inputs of a company: the customer's own annual
 * turnover, our image with it (1..5) and its wallet (what it spends per year
 * in our categories). Properties of the Company node, written and read apart
 * from `CompanyRecord` (docs/commercial.md "Potential inputs").
 */
export interface CompanyPotential {
  companyId: string;
  annualTurnover: number | null;
  image: number | null;
  walletEstimate: number | null;
}

/**
 * The id of a sale: its account, product and period, each id with `%` and
 * `/` escaped, joined by `/` (so two different keys never give one id).
 */
export function saleId(accountId: string, productId: string, period: string): string {
  const enc = (s: string) => s.replace(/%/g, '%25').replace(/\//g, '%2F');
  return `${enc(accountId)}/${enc(productId)}/${period}`;
}
