import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageArgs, PageInfo } from '../../common/connection.type.js';
import type { CompanyRecord, PersonRecord, ProductRecord } from '../../domain/records.js';
import { Company } from '../company/company.type.js';
import { Person } from '../person/person.type.js';
import { Product } from '../product/product.type.js';

export const QuadrantEnum = { DEVELOP: 'DEVELOP', INVEST: 'INVEST', MAINTAIN: 'MAINTAIN', SERVE_INDIRECTLY: 'SERVE_INDIRECTLY' } as const;
registerEnumType(QuadrantEnum, { name: 'Quadrant', description: 'Account analysis matrix quadrant (DESIGN §5): potential × position, split at matrixSplit.' });
export const DependencyReasonEnum = { REVENUE: 'REVENUE', MARGIN: 'MARGIN' } as const;
registerEnumType(DependencyReasonEnum, { name: 'DependencyReason', description: 'Which share made an account one we depend on.' });
export const KamFlagEnum = { NO_KAM: 'NO_KAM', PART_TIME_KAM: 'PART_TIME_KAM' } as const;
registerEnumType(KamFlagEnum, { name: 'KamFlag', description: 'Why a key account is flagged in the KAM load.' });
export const WalletSourceEnum = { SHARE_OF_WALLET: 'SHARE_OF_WALLET', REVENUE_SHARE: 'REVENUE_SHARE' } as const;
registerEnumType(WalletSourceEnum, { name: 'WalletSource', description: 'What the position ranked for the wallet input: share of wallet, or revenue share when the wallet is unknown.' });

// ------------------------------------------------------------------ arguments

@ArgsType()
export class SelectionArgs {
  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or FROM..TO of those (default: the last complete year, UTC).' }) period?: string | null;
  @Field(() => String, { nullable: true, description: 'Only accounts of this segment.' }) segment?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: key accounts only; false: the others only; absent: all.' }) keyAccountsOnly?: boolean | null;
}

@ArgsType()
export class PortfolioArgs extends SelectionArgs {
  @Field(() => Float, { nullable: true, description: '"Can we say no?": a revenue or margin share above this makes an account dependent (0..1, default 0.1).' }) dependencyShare?: number | null;
}

@ArgsType()
export class TopAccountsArgs extends SelectionArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1..100 (default 20).' }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => Int, { nullable: true, description: 'Price mix: products launched within this many months of the period end are new (default 24).' }) newWithinMonths?: number | null;
}

@ArgsType()
export class PriceConsistencyArgs extends SelectionArgs {
  @Field(() => ID, { nullable: true, description: 'One product; or give a family; neither: the whole catalogue.' }) productId?: string | null;
  @Field(() => String, { nullable: true }) family?: string | null;
}

@ArgsType()
export class AccountMatrixArgs extends SelectionArgs {
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => Float, { nullable: true, description: 'Quadrants split at this score, 0..100 (default 50; high is ≥ split).' }) split?: number | null;
  @Field(() => Float, { nullable: true, description: 'Potential weight of annual turnover (default 0.4).' }) turnoverWeight?: number | null;
  @Field(() => Float, { nullable: true, description: 'Potential weight of our contribution margin (default 0.4).' }) marginWeight?: number | null;
  @Field(() => Float, { nullable: true, description: 'Potential weight of image (default 0.2).' }) imageWeight?: number | null;
  @Field(() => QuadrantEnum, { nullable: true, description: 'Only accounts of this quadrant (the counts stay whole).' }) quadrant?: keyof typeof QuadrantEnum | null;
}

@ArgsType()
export class KamLoadArgs {
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => String, { nullable: true, description: 'The period of the key-account revenue column (default: the last complete year).' }) period?: string | null;
  @Field(() => Int, { nullable: true, description: 'More key accounts than this per KAM is overload (default 5).' }) maxAccountsPerKam?: number | null;
}

@ArgsType()
export class CommercialArgs {
  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or FROM..TO (default: the last complete year).' }) period?: string | null;
  @Field(() => Int, { nullable: true, description: 'Price mix: new means launched within this many months of the period end (default 24).' }) newWithinMonths?: number | null;
}

@ArgsType()
export class UnitCommercialArgs {
  @Field(() => String, { nullable: true }) period?: string | null;
}

@InputType({ description: 'A company\'s potential inputs (DESIGN §2): omitted fields keep their value, null clears one.' })
export class CompanyPotentialInput {
  @Field(() => ID) companyId!: string;
  @Field(() => Float, { nullable: true, description: 'The customer\'s own annual turnover (0 or more).' }) annualTurnover?: number | null;
  @Field(() => Int, { nullable: true, description: 'Our image with it, 1..5.' }) image?: number | null;
  @Field(() => Float, { nullable: true, description: 'What it spends per year in our categories (0 or more).' }) walletEstimate?: number | null;
}

// ------------------------------------------------------------------ portfolio

@ObjectType({ description: 'One account in the Pareto ranking.' })
export class ParetoAccount {
  @Field(() => Int) rank!: number;
  @Field(() => Company) account!: CompanyRecord;
  @Field(() => Float) revenue!: number;
  @Field(() => Float, { description: 'revenue ÷ the selection\'s revenue' }) share!: number;
  @Field(() => Float) cumulativeShare!: number;
}

@ObjectType()
export class ParetoAccountEdge {
  @Field(() => String) cursor!: string;
  @Field(() => ParetoAccount) node!: ParetoAccount;
}

@ObjectType()
export class ParetoAccountConnection {
  @Field(() => [ParetoAccountEdge]) edges!: ParetoAccountEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ObjectType({ description: 'docs/commercial.md "Pareto".' })
export class Pareto {
  @Field(() => Int, { description: 'accounts with revenue in the period' }) buyingAccounts!: number;
  @Field(() => Int, { description: '⌈20 % of the buying accounts⌉' }) topAccounts!: number;
  @Field(() => Float, { description: 'share of revenue earned from them' }) topShare!: number;
  @Field(() => Int, { description: 'the fewest accounts that make 80 % of revenue' }) accountsFor80!: number;
  @Field(() => Float, { nullable: true, description: 'accountsFor80 ÷ buying accounts' }) accountsFor80Share!: number | null;
}

@ObjectType({ description: 'docs/commercial.md "Concentration".' })
export class Concentration {
  @Field(() => Float, { nullable: true, description: 'Σ s_a² (0..1)' }) hhi!: number | null;
  @Field(() => Float, { nullable: true, description: '1 ÷ HHI: the number of equal accounts as concentrated' }) equivalentAccounts!: number | null;
  @Field(() => Float, { nullable: true }) top1Share!: number | null;
  @Field(() => Float, { nullable: true }) top5Share!: number | null;
}

@ObjectType({ description: 'docs/commercial.md "Can we say no?": an account whose revenue or margin share exceeds the threshold.' })
export class Dependency {
  @Field(() => Company) account!: CompanyRecord;
  @Field(() => Float) revenue!: number;
  @Field(() => Float) revenueShare!: number;
  @Field(() => Float, { nullable: true }) contributionMargin!: number | null;
  @Field(() => Float, { nullable: true }) marginShare!: number | null;
  @Field(() => [DependencyReasonEnum]) reasons!: string[];
}

@ObjectType()
export class ThinAccount {
  @Field(() => Int, { description: 'its Pareto rank' }) rank!: number;
  @Field(() => Company) account!: CompanyRecord;
  @Field(() => Float) revenue!: number;
  @Field(() => Float) marginPct!: number;
}

@ObjectType({ description: 'docs/commercial.md "Big but thin": top 20 % by revenue with a margin % below the portfolio median.' })
export class BigButThin {
  @Field(() => Float, { nullable: true }) medianMarginPct!: number | null;
  @Field(() => [ThinAccount]) accounts!: unknown[];
}

@ObjectType({ description: 'DESIGN §5 portfolio figures of the selected accounts (those the caller can see).' })
export class Portfolio {
  @Field(() => String) period!: string;
  @Field(() => Int, { description: 'accounts in the selection (root customer accounts)' }) accounts!: number;
  @Field(() => Float) revenue!: number;
  @Field(() => Float, { nullable: true }) contributionMargin!: number | null;
  @Field(() => Float, { nullable: true }) marginPct!: number | null;
  @Field(() => Pareto) pareto!: unknown;
  @Field(() => Concentration) concentration!: unknown;
  @Field(() => Float) dependencyShare!: number;
  @Field(() => [Dependency], { description: 'the dependent accounts, the larger share first' }) dependencies!: unknown[];
  @Field(() => BigButThin) bigButThin!: unknown;
}

// ------------------------------------------------------------------ top accounts

@ObjectType({ description: 'One row of the top accounts report (docs/commercial.md "Top accounts report").' })
export class TopAccount {
  @Field(() => Int) rank!: number;
  @Field(() => Company) account!: CompanyRecord;
  @Field(() => Float) revenue!: number;
  @Field(() => Float) revenueShare!: number;
  @Field(() => Float) previousRevenue!: number;
  @Field(() => Float, { nullable: true, description: 'revenue ÷ previous − 1 (null without previous revenue)' }) growth!: number | null;
  @Field(() => Float, { nullable: true }) contributionMargin!: number | null;
  @Field(() => Float, { nullable: true }) marginPct!: number | null;
  @Field(() => Float, { nullable: true, description: 'cross-sell breadth: families bought ÷ families in the catalogue' }) breadth!: number | null;
  @Field(() => Int) familiesBought!: number;
  @Field(() => Float, { nullable: true, description: 'price mix: share of revenue from new products' }) priceMix!: number | null;
  @Field(() => Float, { nullable: true }) shareOfWallet!: number | null;
  @Field(() => Float, { nullable: true, description: 'decision-maker coverage ratio today (coverage service, default thresholds)' }) decisionMakerCoverage!: number | null;
  @Field(() => Int, { description: 'decision makers of the account' }) decisionMakers!: number;
  @Field(() => Boolean, { description: 'one of our people holds every effective relationship to its decision makers' }) singleThreaded!: boolean;
}

@ObjectType()
export class TopAccountEdge {
  @Field(() => String) cursor!: string;
  @Field(() => TopAccount) node!: TopAccount;
}

@ObjectType()
export class TopAccountConnection {
  @Field(() => [TopAccountEdge]) edges!: TopAccountEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
  @Field(() => String) period!: string;
  @Field(() => String, { description: 'what growth compares with: the period of the same length just before' }) previousPeriod!: string;
}

// ------------------------------------------------------------------ one company

@ObjectType()
export class Breadth {
  @Field(() => Int) bought!: number;
  @Field(() => Int, { description: 'families in the catalogue' }) total!: number;
  @Field(() => Float, { nullable: true }) ratio!: number | null;
  @Field(() => [String], { description: 'the families bought, by name' }) families!: string[];
}

@ObjectType('WhiteSpace', { description: 'A family the account does not buy, and the share of its peers that do.' })
export class WhiteSpaceType {
  @Field(() => String) family!: string;
  @Field(() => Float) share!: number;
  @Field(() => Int) buyers!: number;
  @Field(() => Int) peers!: number;
}

@ObjectType()
export class PriceMix {
  @Field(() => Int) newWithinMonths!: number;
  @Field(() => Float) newRevenue!: number;
  @Field(() => Float, { nullable: true, description: 'new products\' share of revenue' }) share!: number | null;
}

@ObjectType({ description: 'One month of an account\'s trend.' })
export class CommercialTrendPoint {
  @Field(() => String, { description: 'YYYY-MM' }) period!: string;
  @Field(() => Float) revenue!: number;
  @Field(() => Float, { nullable: true }) contributionMargin!: number | null;
  @Field(() => Float, { nullable: true }) marginPct!: number | null;
  @Field(() => Float, { nullable: true, description: 'price mix of the month (new: launched within newWithinMonths of its end)' }) newProductShare!: number | null;
}

@ObjectType({ description: 'docs/commercial.md "One account": a company\'s (and its units\') commercial figures.' })
export class CompanyCommercial {
  @Field(() => String) period!: string;
  @Field(() => String) previousPeriod!: string;
  @Field(() => Float) revenue!: number;
  @Field(() => Float) previousRevenue!: number;
  @Field(() => Float, { nullable: true }) growth!: number | null;
  @Field(() => Float) volume!: number;
  @Field(() => Float, { nullable: true }) contributionMargin!: number | null;
  @Field(() => Float, { nullable: true }) marginPct!: number | null;
  @Field(() => Float, { nullable: true, description: '1 − revenue ÷ list revenue (sales with a known list revenue)' }) discount!: number | null;
  @Field(() => Float, { nullable: true, description: 'its revenue ÷ the revenue of the portfolio you can see' }) portfolioShare!: number | null;
  @Field(() => Breadth) breadth!: unknown;
  @Field(() => [WhiteSpaceType], { description: 'families not bought, the most bought by its peers first' }) whiteSpace!: unknown[];
  @Field(() => String, { nullable: true, description: 'the segment whose accounts are its peers (null: every other account)' }) peerSegment!: string | null;
  @Field(() => Float, { nullable: true }) walletEstimate!: number | null;
  @Field(() => Float, { nullable: true }) shareOfWallet!: number | null;
  @Field(() => PriceMix) priceMix!: unknown;
  @Field(() => [CommercialTrendPoint], { description: 'month by month over the period' }) trend!: unknown[];
}

@ObjectType({ description: 'docs/commercial.md "Being important to the subsets": one unit of an account.' })
export class UnitCommercial {
  @Field(() => Company) unit!: CompanyRecord;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => Int) depth!: number;
  @Field(() => Float, { description: 'its revenue, with the units under it' }) revenue!: number;
  @Field(() => Float, { nullable: true, description: 'of the account asked about' }) shareOfAccount!: number | null;
  @Field(() => Float, { nullable: true }) walletEstimate!: number | null;
  @Field(() => Float, { nullable: true }) shareOfWallet!: number | null;
  @Field(() => Int, { description: 'decision makers of the unit and the units under it' }) decisionMakers!: number;
  @Field(() => Int) coveredDecisionMakers!: number;
  @Field(() => Float, { nullable: true }) coverageRatio!: number | null;
}

// ------------------------------------------------------------------ price consistency

@ObjectType({ description: 'One account\'s price for a product.' })
export class AccountPrice {
  @Field(() => Company) account!: CompanyRecord;
  @Field(() => Float) volume!: number;
  @Field(() => Float) revenue!: number;
  @Field(() => Float, { description: 'net unit price: revenue ÷ volume' }) netUnitPrice!: number;
  @Field(() => Float, { nullable: true, description: '1 − revenue ÷ list revenue' }) discount!: number | null;
  @Field(() => Float, { description: 'the best price given to anyone no bigger' }) bestPrice!: number;
  @Field(() => Company, { nullable: true, description: 'who got it (null: this account itself)' }) bestFrom!: CompanyRecord | null;
  @Field(() => Float, { description: 'volume × (netUnitPrice − bestPrice)' }) exposure!: number;
}

@ObjectType()
export class AccountPriceEdge {
  @Field(() => String) cursor!: string;
  @Field(() => AccountPrice) node!: AccountPrice;
}

@ObjectType()
export class AccountPriceConnection {
  @Field(() => [AccountPriceEdge]) edges!: AccountPriceEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ObjectType({ description: 'docs/commercial.md "Price consistency" of one product.' })
export class ProductPriceConsistency {
  @Field(() => Product) product!: ProductRecord;
  @Field(() => Float, { nullable: true }) listPrice!: number | null;
  @Field(() => Float, { description: 'Σ volume_a × (p_a − min{p_b : volume_b ≤ volume_a})' }) exposure!: number;
  @Field(() => Float, { nullable: true, description: 'coefficient of variation of the accounts\' net unit prices' }) dispersion!: number | null;
  @Field(() => Float, { nullable: true }) meanPrice!: number | null;
  @Field(() => Float, { nullable: true }) minPrice!: number | null;
  @Field(() => Float, { nullable: true }) maxPrice!: number | null;
  @Field(() => Int, { description: 'accounts that bought it (volume > 0)' }) buyers!: number;
}

@ObjectType()
export class ProductPriceConsistencyEdge {
  @Field(() => String) cursor!: string;
  @Field(() => ProductPriceConsistency) node!: ProductPriceConsistency;
}

@ObjectType()
export class ProductPriceConsistencyConnection {
  @Field(() => [ProductPriceConsistencyEdge]) edges!: ProductPriceConsistencyEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ObjectType({ description: 'One account\'s exposure summed over the products looked at.' })
export class AccountExposure {
  @Field(() => Company) account!: CompanyRecord;
  @Field(() => Float) exposure!: number;
  @Field(() => Int, { description: 'products where someone no bigger pays less' }) exposedProducts!: number;
  @Field(() => Int, { description: 'products it bought' }) products!: number;
}

@ObjectType()
export class AccountExposureEdge {
  @Field(() => String) cursor!: string;
  @Field(() => AccountExposure) node!: AccountExposure;
}

@ObjectType()
export class AccountExposureConnection {
  @Field(() => [AccountExposureEdge]) edges!: AccountExposureEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ObjectType({ description: 'docs/commercial.md "Price consistency": what if every customer knew every other\'s terms?' })
export class PriceConsistency {
  @Field(() => String) period!: string;
  @Field(() => Float, { description: 'the products\' exposures together' }) exposure!: number;
}

// ------------------------------------------------------------------ matrix

@ObjectType()
export class MatrixRanks {
  @Field(() => Float, { nullable: true }) turnover!: number | null;
  @Field(() => Float, { nullable: true }) margin!: number | null;
  @Field(() => Float, { nullable: true }) image!: number | null;
  @Field(() => Float, { nullable: true }) wallet!: number | null;
  @Field(() => WalletSourceEnum) walletFrom!: string;
  @Field(() => Float, { nullable: true }) coverage!: number | null;
  @Field(() => Float, { nullable: true }) breadth!: number | null;
}

@ObjectType({ description: 'One account in the account analysis matrix.' })
export class MatrixAccount {
  @Field(() => Company) account!: CompanyRecord;
  @Field(() => Boolean) isKeyAccount!: boolean;
  @Field(() => Float, { nullable: true, description: '0..100' }) potential!: number | null;
  @Field(() => Float, { nullable: true, description: '0..100' }) position!: number | null;
  @Field(() => QuadrantEnum, { nullable: true, description: 'null when potential or position is unknown' }) quadrant!: string | null;
  @Field(() => Boolean, { description: 'a non-key account in DEVELOP or INVEST' }) candidate!: boolean;
  @Field(() => Boolean, { description: 'a key account in SERVE_INDIRECTLY' }) review!: boolean;
  @Field(() => MatrixRanks, { description: 'the percentile ranks behind the scores' }) ranks!: unknown;
  @Field(() => Float, { nullable: true }) annualTurnover!: number | null;
  @Field(() => Float, { nullable: true }) contributionMargin!: number | null;
  @Field(() => Int, { nullable: true }) image!: number | null;
  @Field(() => Float, { nullable: true }) shareOfWallet!: number | null;
  @Field(() => Float) revenueShare!: number;
  @Field(() => Float, { nullable: true }) decisionMakerCoverage!: number | null;
  @Field(() => Float, { nullable: true }) breadth!: number | null;
}

@ObjectType()
export class MatrixAccountEdge {
  @Field(() => String) cursor!: string;
  @Field(() => MatrixAccount) node!: MatrixAccount;
}

@ObjectType()
export class QuadrantCount {
  @Field(() => QuadrantEnum) quadrant!: string;
  @Field(() => Int) accounts!: number;
}

@ObjectType('MatrixWeights', { description: 'The potential weights a matrix was computed with.' })
export class MatrixWeightsType {
  @Field(() => Float) turnover!: number;
  @Field(() => Float) margin!: number;
  @Field(() => Float) image!: number;
}

@ObjectType({ description: 'docs/commercial.md "Account analysis matrix": every account by potential and position, most potential first.' })
export class AccountMatrixConnection {
  @Field(() => [MatrixAccountEdge]) edges!: MatrixAccountEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
  @Field(() => String) period!: string;
  @Field(() => Float) split!: number;
  @Field(() => MatrixWeightsType) weights!: unknown;
  @Field(() => [QuadrantCount]) quadrants!: unknown[];
  @Field(() => [MatrixAccount], { description: 'non-key accounts in DEVELOP or INVEST: candidates for key-account status' }) candidates!: unknown[];
  @Field(() => [MatrixAccount], { description: 'key accounts in SERVE_INDIRECTLY: to review' }) reviews!: unknown[];
}

// ------------------------------------------------------------------ KAM load

@ObjectType({ description: 'One KAM\'s load (docs/commercial.md "KAM load").' })
export class KamLoad {
  @Field(() => Person) person!: PersonRecord;
  @Field(() => [Company]) keyAccounts!: CompanyRecord[];
  @Field(() => [Company], { description: 'non-key accounts they are KAM of' }) otherAccounts!: CompanyRecord[];
  @Field(() => Int) keyAccountCount!: number;
  @Field(() => Boolean) overloaded!: boolean;
  @Field(() => Boolean, { description: 'KAM of non-key accounts too: a part-time KAM' }) partTime!: boolean;
  @Field(() => Float, { description: 'revenue of their key accounts in the period' }) keyAccountRevenue!: number;
}

@ObjectType()
export class KamLoadEdge {
  @Field(() => String) cursor!: string;
  @Field(() => KamLoad) node!: KamLoad;
}

@ObjectType()
export class FlaggedKeyAccount {
  @Field(() => Company) account!: CompanyRecord;
  @Field(() => [Person]) kams!: PersonRecord[];
  @Field(() => [KamFlagEnum]) flags!: string[];
}

@ObjectType()
export class KamLoadConnection {
  @Field(() => [KamLoadEdge]) edges!: KamLoadEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
  @Field(() => String) period!: string;
  @Field(() => Int) maxAccountsPerKam!: number;
  @Field(() => Int) overloadedKams!: number;
  @Field(() => [FlaggedKeyAccount], { description: 'key accounts with no KAM or a part-time one' }) flagged!: unknown[];
  @Field(() => [Company], { description: 'key accounts without a (full-time) KAM' }) withoutKam!: CompanyRecord[];
}

export { PageArgs };
