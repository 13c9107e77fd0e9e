var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageArgs, PageInfo } from '../../common/connection.type.js';
import { Company } from '../company/company.type.js';
import { Person } from '../person/person.type.js';
import { Product } from '../product/product.type.js';
export const QuadrantEnum = { DEVELOP: 'DEVELOP', INVEST: 'INVEST', MAINTAIN: 'MAINTAIN', SERVE_INDIRECTLY: 'SERVE_INDIRECTLY' };
registerEnumType(QuadrantEnum, { name: 'Quadrant', description: 'Account analysis matrix quadrant (DESIGN §5): potential × position, split at matrixSplit.' });
export const DependencyReasonEnum = { REVENUE: 'REVENUE', MARGIN: 'MARGIN' };
registerEnumType(DependencyReasonEnum, { name: 'DependencyReason', description: 'Which share made an account one we depend on.' });
export const KamFlagEnum = { NO_KAM: 'NO_KAM', PART_TIME_KAM: 'PART_TIME_KAM' };
registerEnumType(KamFlagEnum, { name: 'KamFlag', description: 'Why a key account is flagged in the KAM load.' });
export const WalletSourceEnum = { SHARE_OF_WALLET: 'SHARE_OF_WALLET', REVENUE_SHARE: 'REVENUE_SHARE' };
registerEnumType(WalletSourceEnum, { name: 'WalletSource', description: 'What the position ranked for the wallet input: share of wallet, or revenue share when the wallet is unknown.' });
// ------------------------------------------------------------------ arguments
let SelectionArgs = class SelectionArgs {
};
__decorate([
    Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or FROM..TO of those (default: the last complete year, UTC).' }),
    __metadata("design:type", Object)
], SelectionArgs.prototype, "period", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'Only accounts of this segment.' }),
    __metadata("design:type", Object)
], SelectionArgs.prototype, "segment", void 0);
__decorate([
    Field(() => Boolean, { nullable: true, description: 'true: key accounts only; false: the others only; absent: all.' }),
    __metadata("design:type", Object)
], SelectionArgs.prototype, "keyAccountsOnly", void 0);
SelectionArgs = __decorate([
    ArgsType()
], SelectionArgs);
export { SelectionArgs };
let PortfolioArgs = class PortfolioArgs extends SelectionArgs {
};
__decorate([
    Field(() => Float, { nullable: true, description: '"Can we say no?": a revenue or margin share above this makes an account dependent (0..1, default 0.1).' }),
    __metadata("design:type", Object)
], PortfolioArgs.prototype, "dependencyShare", void 0);
PortfolioArgs = __decorate([
    ArgsType()
], PortfolioArgs);
export { PortfolioArgs };
let TopAccountsArgs = class TopAccountsArgs extends SelectionArgs {
};
__decorate([
    Field(() => Int, { nullable: true, description: 'Page size, 1..100 (default 20).' }),
    __metadata("design:type", Object)
], TopAccountsArgs.prototype, "first", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], TopAccountsArgs.prototype, "after", void 0);
__decorate([
    Field(() => Int, { nullable: true, description: 'Price mix: products launched within this many months of the period end are new (default 24).' }),
    __metadata("design:type", Object)
], TopAccountsArgs.prototype, "newWithinMonths", void 0);
TopAccountsArgs = __decorate([
    ArgsType()
], TopAccountsArgs);
export { TopAccountsArgs };
let PriceConsistencyArgs = class PriceConsistencyArgs extends SelectionArgs {
};
__decorate([
    Field(() => ID, { nullable: true, description: 'One product; or give a family; neither: the whole catalogue.' }),
    __metadata("design:type", Object)
], PriceConsistencyArgs.prototype, "productId", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PriceConsistencyArgs.prototype, "family", void 0);
PriceConsistencyArgs = __decorate([
    ArgsType()
], PriceConsistencyArgs);
export { PriceConsistencyArgs };
let AccountMatrixArgs = class AccountMatrixArgs extends SelectionArgs {
};
__decorate([
    Field(() => Int, { nullable: true }),
    __metadata("design:type", Object)
], AccountMatrixArgs.prototype, "first", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AccountMatrixArgs.prototype, "after", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'Quadrants split at this score, 0..100 (default 50; high is ≥ split).' }),
    __metadata("design:type", Object)
], AccountMatrixArgs.prototype, "split", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'Potential weight of annual turnover (default 0.4).' }),
    __metadata("design:type", Object)
], AccountMatrixArgs.prototype, "turnoverWeight", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'Potential weight of our contribution margin (default 0.4).' }),
    __metadata("design:type", Object)
], AccountMatrixArgs.prototype, "marginWeight", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'Potential weight of image (default 0.2).' }),
    __metadata("design:type", Object)
], AccountMatrixArgs.prototype, "imageWeight", void 0);
__decorate([
    Field(() => QuadrantEnum, { nullable: true, description: 'Only accounts of this quadrant (the counts stay whole).' }),
    __metadata("design:type", Object)
], AccountMatrixArgs.prototype, "quadrant", void 0);
AccountMatrixArgs = __decorate([
    ArgsType()
], AccountMatrixArgs);
export { AccountMatrixArgs };
let KamLoadArgs = class KamLoadArgs {
};
__decorate([
    Field(() => Int, { nullable: true }),
    __metadata("design:type", Object)
], KamLoadArgs.prototype, "first", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], KamLoadArgs.prototype, "after", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'The period of the key-account revenue column (default: the last complete year).' }),
    __metadata("design:type", Object)
], KamLoadArgs.prototype, "period", void 0);
__decorate([
    Field(() => Int, { nullable: true, description: 'More key accounts than this per KAM is overload (default 5).' }),
    __metadata("design:type", Object)
], KamLoadArgs.prototype, "maxAccountsPerKam", void 0);
KamLoadArgs = __decorate([
    ArgsType()
], KamLoadArgs);
export { KamLoadArgs };
let CommercialArgs = class CommercialArgs {
};
__decorate([
    Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or FROM..TO (default: the last complete year).' }),
    __metadata("design:type", Object)
], CommercialArgs.prototype, "period", void 0);
__decorate([
    Field(() => Int, { nullable: true, description: 'Price mix: new means launched within this many months of the period end (default 24).' }),
    __metadata("design:type", Object)
], CommercialArgs.prototype, "newWithinMonths", void 0);
CommercialArgs = __decorate([
    ArgsType()
], CommercialArgs);
export { CommercialArgs };
let UnitCommercialArgs = class UnitCommercialArgs {
};
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], UnitCommercialArgs.prototype, "period", void 0);
UnitCommercialArgs = __decorate([
    ArgsType()
], UnitCommercialArgs);
export { UnitCommercialArgs };
let CompanyPotentialInput = class CompanyPotentialInput {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], CompanyPotentialInput.prototype, "companyId", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'The customer\'s own annual turnover (0 or more).' }),
    __metadata("design:type", Object)
], CompanyPotentialInput.prototype, "annualTurnover", void 0);
__decorate([
    Field(() => Int, { nullable: true, description: 'Our image with it, 1..5.' }),
    __metadata("design:type", Object)
], CompanyPotentialInput.prototype, "image", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'What it spends per year in our categories (0 or more).' }),
    __metadata("design:type", Object)
], CompanyPotentialInput.prototype, "walletEstimate", void 0);
CompanyPotentialInput = __decorate([
    InputType({ description: 'A company\'s potential inputs (DESIGN §2): omitted fields keep their value, null clears one.' })
], CompanyPotentialInput);
export { CompanyPotentialInput };
// ------------------------------------------------------------------ portfolio
let ParetoAccount = class ParetoAccount {
};
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], ParetoAccount.prototype, "rank", void 0);
__decorate([
    Field(() => Company),
    __metadata("design:type", Object)
], ParetoAccount.prototype, "account", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], ParetoAccount.prototype, "revenue", void 0);
__decorate([
    Field(() => Float, { description: 'revenue ÷ the selection\'s revenue' }),
    __metadata("design:type", Number)
], ParetoAccount.prototype, "share", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], ParetoAccount.prototype, "cumulativeShare", void 0);
ParetoAccount = __decorate([
    ObjectType({ description: 'One account in the Pareto ranking.' })
], ParetoAccount);
export { ParetoAccount };
let ParetoAccountEdge = class ParetoAccountEdge {
};
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], ParetoAccountEdge.prototype, "cursor", void 0);
__decorate([
    Field(() => ParetoAccount),
    __metadata("design:type", ParetoAccount)
], ParetoAccountEdge.prototype, "node", void 0);
ParetoAccountEdge = __decorate([
    ObjectType()
], ParetoAccountEdge);
export { ParetoAccountEdge };
let ParetoAccountConnection = class ParetoAccountConnection {
};
__decorate([
    Field(() => [ParetoAccountEdge]),
    __metadata("design:type", Array)
], ParetoAccountConnection.prototype, "edges", void 0);
__decorate([
    Field(() => PageInfo),
    __metadata("design:type", PageInfo)
], ParetoAccountConnection.prototype, "pageInfo", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], ParetoAccountConnection.prototype, "totalCount", void 0);
ParetoAccountConnection = __decorate([
    ObjectType()
], ParetoAccountConnection);
export { ParetoAccountConnection };
let Pareto = class Pareto {
};
__decorate([
    Field(() => Int, { description: 'accounts with revenue in the period' }),
    __metadata("design:type", Number)
], Pareto.prototype, "buyingAccounts", void 0);
__decorate([
    Field(() => Int, { description: '⌈20 % of the buying accounts⌉' }),
    __metadata("design:type", Number)
], Pareto.prototype, "topAccounts", void 0);
__decorate([
    Field(() => Float, { description: 'share of revenue earned from them' }),
    __metadata("design:type", Number)
], Pareto.prototype, "topShare", void 0);
__decorate([
    Field(() => Int, { description: 'the fewest accounts that make 80 % of revenue' }),
    __metadata("design:type", Number)
], Pareto.prototype, "accountsFor80", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'accountsFor80 ÷ buying accounts' }),
    __metadata("design:type", Object)
], Pareto.prototype, "accountsFor80Share", void 0);
Pareto = __decorate([
    ObjectType({ description: 'docs/commercial.md "Pareto".' })
], Pareto);
export { Pareto };
let Concentration = class Concentration {
};
__decorate([
    Field(() => Float, { nullable: true, description: 'Σ s_a² (0..1)' }),
    __metadata("design:type", Object)
], Concentration.prototype, "hhi", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: '1 ÷ HHI: the number of equal accounts as concentrated' }),
    __metadata("design:type", Object)
], Concentration.prototype, "equivalentAccounts", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], Concentration.prototype, "top1Share", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], Concentration.prototype, "top5Share", void 0);
Concentration = __decorate([
    ObjectType({ description: 'docs/commercial.md "Concentration".' })
], Concentration);
export { Concentration };
let Dependency = class Dependency {
};
__decorate([
    Field(() => Company),
    __metadata("design:type", Object)
], Dependency.prototype, "account", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], Dependency.prototype, "revenue", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], Dependency.prototype, "revenueShare", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], Dependency.prototype, "contributionMargin", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], Dependency.prototype, "marginShare", void 0);
__decorate([
    Field(() => [DependencyReasonEnum]),
    __metadata("design:type", Array)
], Dependency.prototype, "reasons", void 0);
Dependency = __decorate([
    ObjectType({ description: 'docs/commercial.md "Can we say no?": an account whose revenue or margin share exceeds the threshold.' })
], Dependency);
export { Dependency };
let ThinAccount = class ThinAccount {
};
__decorate([
    Field(() => Int, { description: 'its Pareto rank' }),
    __metadata("design:type", Number)
], ThinAccount.prototype, "rank", void 0);
__decorate([
    Field(() => Company),
    __metadata("design:type", Object)
], ThinAccount.prototype, "account", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], ThinAccount.prototype, "revenue", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], ThinAccount.prototype, "marginPct", void 0);
ThinAccount = __decorate([
    ObjectType()
], ThinAccount);
export { ThinAccount };
let BigButThin = class BigButThin {
};
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], BigButThin.prototype, "medianMarginPct", void 0);
__decorate([
    Field(() => [ThinAccount]),
    __metadata("design:type", Array)
], BigButThin.prototype, "accounts", void 0);
BigButThin = __decorate([
    ObjectType({ description: 'docs/commercial.md "Big but thin": top 20 % by revenue with a margin % below the portfolio median.' })
], BigButThin);
export { BigButThin };
let Portfolio = class Portfolio {
};
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], Portfolio.prototype, "period", void 0);
__decorate([
    Field(() => Int, { description: 'accounts in the selection (root customer accounts)' }),
    __metadata("design:type", Number)
], Portfolio.prototype, "accounts", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], Portfolio.prototype, "revenue", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], Portfolio.prototype, "contributionMargin", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], Portfolio.prototype, "marginPct", void 0);
__decorate([
    Field(() => Pareto),
    __metadata("design:type", Object)
], Portfolio.prototype, "pareto", void 0);
__decorate([
    Field(() => Concentration),
    __metadata("design:type", Object)
], Portfolio.prototype, "concentration", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], Portfolio.prototype, "dependencyShare", void 0);
__decorate([
    Field(() => [Dependency], { description: 'the dependent accounts, the larger share first' }),
    __metadata("design:type", Array)
], Portfolio.prototype, "dependencies", void 0);
__decorate([
    Field(() => BigButThin),
    __metadata("design:type", Object)
], Portfolio.prototype, "bigButThin", void 0);
Portfolio = __decorate([
    ObjectType({ description: 'DESIGN §5 portfolio figures of the selected accounts (those the caller can see).' })
], Portfolio);
export { Portfolio };
// ------------------------------------------------------------------ top accounts
let TopAccount = class TopAccount {
};
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], TopAccount.prototype, "rank", void 0);
__decorate([
    Field(() => Company),
    __metadata("design:type", Object)
], TopAccount.prototype, "account", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], TopAccount.prototype, "revenue", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], TopAccount.prototype, "revenueShare", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], TopAccount.prototype, "previousRevenue", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'revenue ÷ previous − 1 (null without previous revenue)' }),
    __metadata("design:type", Object)
], TopAccount.prototype, "growth", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], TopAccount.prototype, "contributionMargin", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], TopAccount.prototype, "marginPct", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'cross-sell breadth: families bought ÷ families in the catalogue' }),
    __metadata("design:type", Object)
], TopAccount.prototype, "breadth", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], TopAccount.prototype, "familiesBought", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'price mix: share of revenue from new products' }),
    __metadata("design:type", Object)
], TopAccount.prototype, "priceMix", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], TopAccount.prototype, "shareOfWallet", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'decision-maker coverage ratio today (coverage service, default thresholds)' }),
    __metadata("design:type", Object)
], TopAccount.prototype, "decisionMakerCoverage", void 0);
__decorate([
    Field(() => Int, { description: 'decision makers of the account' }),
    __metadata("design:type", Number)
], TopAccount.prototype, "decisionMakers", void 0);
__decorate([
    Field(() => Boolean, { description: 'one of our people holds every effective relationship to its decision makers' }),
    __metadata("design:type", Boolean)
], TopAccount.prototype, "singleThreaded", void 0);
TopAccount = __decorate([
    ObjectType({ description: 'One row of the top accounts report (docs/commercial.md "Top accounts report").' })
], TopAccount);
export { TopAccount };
let TopAccountEdge = class TopAccountEdge {
};
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], TopAccountEdge.prototype, "cursor", void 0);
__decorate([
    Field(() => TopAccount),
    __metadata("design:type", TopAccount)
], TopAccountEdge.prototype, "node", void 0);
TopAccountEdge = __decorate([
    ObjectType()
], TopAccountEdge);
export { TopAccountEdge };
let TopAccountConnection = class TopAccountConnection {
};
__decorate([
    Field(() => [TopAccountEdge]),
    __metadata("design:type", Array)
], TopAccountConnection.prototype, "edges", void 0);
__decorate([
    Field(() => PageInfo),
    __metadata("design:type", PageInfo)
], TopAccountConnection.prototype, "pageInfo", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], TopAccountConnection.prototype, "totalCount", void 0);
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], TopAccountConnection.prototype, "period", void 0);
__decorate([
    Field(() => String, { description: 'what growth compares with: the period of the same length just before' }),
    __metadata("design:type", String)
], TopAccountConnection.prototype, "previousPeriod", void 0);
TopAccountConnection = __decorate([
    ObjectType()
], TopAccountConnection);
export { TopAccountConnection };
// ------------------------------------------------------------------ one company
let Breadth = class Breadth {
};
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], Breadth.prototype, "bought", void 0);
__decorate([
    Field(() => Int, { description: 'families in the catalogue' }),
    __metadata("design:type", Number)
], Breadth.prototype, "total", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], Breadth.prototype, "ratio", void 0);
__decorate([
    Field(() => [String], { description: 'the families bought, by name' }),
    __metadata("design:type", Array)
], Breadth.prototype, "families", void 0);
Breadth = __decorate([
    ObjectType()
], Breadth);
export { Breadth };
let WhiteSpaceType = class WhiteSpaceType {
};
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], WhiteSpaceType.prototype, "family", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], WhiteSpaceType.prototype, "share", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], WhiteSpaceType.prototype, "buyers", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], WhiteSpaceType.prototype, "peers", void 0);
WhiteSpaceType = __decorate([
    ObjectType({ description: 'A family the account does not buy, and the share of its peers that do.' })
], WhiteSpaceType);
export { WhiteSpaceType };
let PriceMix = class PriceMix {
};
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], PriceMix.prototype, "newWithinMonths", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], PriceMix.prototype, "newRevenue", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'new products\' share of revenue' }),
    __metadata("design:type", Object)
], PriceMix.prototype, "share", void 0);
PriceMix = __decorate([
    ObjectType()
], PriceMix);
export { PriceMix };
let CommercialTrendPoint = class CommercialTrendPoint {
};
__decorate([
    Field(() => String, { description: 'YYYY-MM' }),
    __metadata("design:type", String)
], CommercialTrendPoint.prototype, "period", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], CommercialTrendPoint.prototype, "revenue", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], CommercialTrendPoint.prototype, "contributionMargin", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], CommercialTrendPoint.prototype, "marginPct", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'price mix of the month (new: launched within newWithinMonths of its end)' }),
    __metadata("design:type", Object)
], CommercialTrendPoint.prototype, "newProductShare", void 0);
CommercialTrendPoint = __decorate([
    ObjectType({ description: 'One month of an account\'s trend.' })
], CommercialTrendPoint);
export { CommercialTrendPoint };
let CompanyCommercial = class CompanyCommercial {
};
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], CompanyCommercial.prototype, "period", void 0);
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], CompanyCommercial.prototype, "previousPeriod", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], CompanyCommercial.prototype, "revenue", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], CompanyCommercial.prototype, "previousRevenue", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], CompanyCommercial.prototype, "growth", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], CompanyCommercial.prototype, "volume", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], CompanyCommercial.prototype, "contributionMargin", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], CompanyCommercial.prototype, "marginPct", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: '1 − revenue ÷ list revenue (sales with a known list revenue)' }),
    __metadata("design:type", Object)
], CompanyCommercial.prototype, "discount", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'its revenue ÷ the revenue of the portfolio you can see' }),
    __metadata("design:type", Object)
], CompanyCommercial.prototype, "portfolioShare", void 0);
__decorate([
    Field(() => Breadth),
    __metadata("design:type", Object)
], CompanyCommercial.prototype, "breadth", void 0);
__decorate([
    Field(() => [WhiteSpaceType], { description: 'families not bought, the most bought by its peers first' }),
    __metadata("design:type", Array)
], CompanyCommercial.prototype, "whiteSpace", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'the segment whose accounts are its peers (null: every other account)' }),
    __metadata("design:type", Object)
], CompanyCommercial.prototype, "peerSegment", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], CompanyCommercial.prototype, "walletEstimate", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], CompanyCommercial.prototype, "shareOfWallet", void 0);
__decorate([
    Field(() => PriceMix),
    __metadata("design:type", Object)
], CompanyCommercial.prototype, "priceMix", void 0);
__decorate([
    Field(() => [CommercialTrendPoint], { description: 'month by month over the period' }),
    __metadata("design:type", Array)
], CompanyCommercial.prototype, "trend", void 0);
CompanyCommercial = __decorate([
    ObjectType({ description: 'docs/commercial.md "One account": a company\'s (and its units\') commercial figures.' })
], CompanyCommercial);
export { CompanyCommercial };
let UnitCommercial = class UnitCommercial {
};
__decorate([
    Field(() => Company),
    __metadata("design:type", Object)
], UnitCommercial.prototype, "unit", void 0);
__decorate([
    Field(() => ID, { nullable: true }),
    __metadata("design:type", Object)
], UnitCommercial.prototype, "parentId", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], UnitCommercial.prototype, "depth", void 0);
__decorate([
    Field(() => Float, { description: 'its revenue, with the units under it' }),
    __metadata("design:type", Number)
], UnitCommercial.prototype, "revenue", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'of the account asked about' }),
    __metadata("design:type", Object)
], UnitCommercial.prototype, "shareOfAccount", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], UnitCommercial.prototype, "walletEstimate", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], UnitCommercial.prototype, "shareOfWallet", void 0);
__decorate([
    Field(() => Int, { description: 'decision makers of the unit and the units under it' }),
    __metadata("design:type", Number)
], UnitCommercial.prototype, "decisionMakers", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], UnitCommercial.prototype, "coveredDecisionMakers", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], UnitCommercial.prototype, "coverageRatio", void 0);
UnitCommercial = __decorate([
    ObjectType({ description: 'docs/commercial.md "Being important to the subsets": one unit of an account.' })
], UnitCommercial);
export { UnitCommercial };
// ------------------------------------------------------------------ price consistency
let AccountPrice = class AccountPrice {
};
__decorate([
    Field(() => Company),
    __metadata("design:type", Object)
], AccountPrice.prototype, "account", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], AccountPrice.prototype, "volume", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], AccountPrice.prototype, "revenue", void 0);
__decorate([
    Field(() => Float, { description: 'net unit price: revenue ÷ volume' }),
    __metadata("design:type", Number)
], AccountPrice.prototype, "netUnitPrice", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: '1 − revenue ÷ list revenue' }),
    __metadata("design:type", Object)
], AccountPrice.prototype, "discount", void 0);
__decorate([
    Field(() => Float, { description: 'the best price given to anyone no bigger' }),
    __metadata("design:type", Number)
], AccountPrice.prototype, "bestPrice", void 0);
__decorate([
    Field(() => Company, { nullable: true, description: 'who got it (null: this account itself)' }),
    __metadata("design:type", Object)
], AccountPrice.prototype, "bestFrom", void 0);
__decorate([
    Field(() => Float, { description: 'volume × (netUnitPrice − bestPrice)' }),
    __metadata("design:type", Number)
], AccountPrice.prototype, "exposure", void 0);
AccountPrice = __decorate([
    ObjectType({ description: 'One account\'s price for a product.' })
], AccountPrice);
export { AccountPrice };
let AccountPriceEdge = class AccountPriceEdge {
};
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], AccountPriceEdge.prototype, "cursor", void 0);
__decorate([
    Field(() => AccountPrice),
    __metadata("design:type", AccountPrice)
], AccountPriceEdge.prototype, "node", void 0);
AccountPriceEdge = __decorate([
    ObjectType()
], AccountPriceEdge);
export { AccountPriceEdge };
let AccountPriceConnection = class AccountPriceConnection {
};
__decorate([
    Field(() => [AccountPriceEdge]),
    __metadata("design:type", Array)
], AccountPriceConnection.prototype, "edges", void 0);
__decorate([
    Field(() => PageInfo),
    __metadata("design:type", PageInfo)
], AccountPriceConnection.prototype, "pageInfo", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], AccountPriceConnection.prototype, "totalCount", void 0);
AccountPriceConnection = __decorate([
    ObjectType()
], AccountPriceConnection);
export { AccountPriceConnection };
let ProductPriceConsistency = class ProductPriceConsistency {
};
__decorate([
    Field(() => Product),
    __metadata("design:type", Object)
], ProductPriceConsistency.prototype, "product", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], ProductPriceConsistency.prototype, "listPrice", void 0);
__decorate([
    Field(() => Float, { description: 'Σ volume_a × (p_a − min{p_b : volume_b ≤ volume_a})' }),
    __metadata("design:type", Number)
], ProductPriceConsistency.prototype, "exposure", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'coefficient of variation of the accounts\' net unit prices' }),
    __metadata("design:type", Object)
], ProductPriceConsistency.prototype, "dispersion", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], ProductPriceConsistency.prototype, "meanPrice", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], ProductPriceConsistency.prototype, "minPrice", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], ProductPriceConsistency.prototype, "maxPrice", void 0);
__decorate([
    Field(() => Int, { description: 'accounts that bought it (volume > 0)' }),
    __metadata("design:type", Number)
], ProductPriceConsistency.prototype, "buyers", void 0);
ProductPriceConsistency = __decorate([
    ObjectType({ description: 'docs/commercial.md "Price consistency" of one product.' })
], ProductPriceConsistency);
export { ProductPriceConsistency };
let ProductPriceConsistencyEdge = class ProductPriceConsistencyEdge {
};
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], ProductPriceConsistencyEdge.prototype, "cursor", void 0);
__decorate([
    Field(() => ProductPriceConsistency),
    __metadata("design:type", ProductPriceConsistency)
], ProductPriceConsistencyEdge.prototype, "node", void 0);
ProductPriceConsistencyEdge = __decorate([
    ObjectType()
], ProductPriceConsistencyEdge);
export { ProductPriceConsistencyEdge };
let ProductPriceConsistencyConnection = class ProductPriceConsistencyConnection {
};
__decorate([
    Field(() => [ProductPriceConsistencyEdge]),
    __metadata("design:type", Array)
], ProductPriceConsistencyConnection.prototype, "edges", void 0);
__decorate([
    Field(() => PageInfo),
    __metadata("design:type", PageInfo)
], ProductPriceConsistencyConnection.prototype, "pageInfo", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], ProductPriceConsistencyConnection.prototype, "totalCount", void 0);
ProductPriceConsistencyConnection = __decorate([
    ObjectType()
], ProductPriceConsistencyConnection);
export { ProductPriceConsistencyConnection };
let AccountExposure = class AccountExposure {
};
__decorate([
    Field(() => Company),
    __metadata("design:type", Object)
], AccountExposure.prototype, "account", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], AccountExposure.prototype, "exposure", void 0);
__decorate([
    Field(() => Int, { description: 'products where someone no bigger pays less' }),
    __metadata("design:type", Number)
], AccountExposure.prototype, "exposedProducts", void 0);
__decorate([
    Field(() => Int, { description: 'products it bought' }),
    __metadata("design:type", Number)
], AccountExposure.prototype, "products", void 0);
AccountExposure = __decorate([
    ObjectType({ description: 'One account\'s exposure summed over the products looked at.' })
], AccountExposure);
export { AccountExposure };
let AccountExposureEdge = class AccountExposureEdge {
};
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], AccountExposureEdge.prototype, "cursor", void 0);
__decorate([
    Field(() => AccountExposure),
    __metadata("design:type", AccountExposure)
], AccountExposureEdge.prototype, "node", void 0);
AccountExposureEdge = __decorate([
    ObjectType()
], AccountExposureEdge);
export { AccountExposureEdge };
let AccountExposureConnection = class AccountExposureConnection {
};
__decorate([
    Field(() => [AccountExposureEdge]),
    __metadata("design:type", Array)
], AccountExposureConnection.prototype, "edges", void 0);
__decorate([
    Field(() => PageInfo),
    __metadata("design:type", PageInfo)
], AccountExposureConnection.prototype, "pageInfo", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], AccountExposureConnection.prototype, "totalCount", void 0);
AccountExposureConnection = __decorate([
    ObjectType()
], AccountExposureConnection);
export { AccountExposureConnection };
let PriceConsistency = class PriceConsistency {
};
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], PriceConsistency.prototype, "period", void 0);
__decorate([
    Field(() => Float, { description: 'the products\' exposures together' }),
    __metadata("design:type", Number)
], PriceConsistency.prototype, "exposure", void 0);
PriceConsistency = __decorate([
    ObjectType({ description: 'docs/commercial.md "Price consistency": what if every customer knew every other\'s terms?' })
], PriceConsistency);
export { PriceConsistency };
// ------------------------------------------------------------------ matrix
let MatrixRanks = class MatrixRanks {
};
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], MatrixRanks.prototype, "turnover", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], MatrixRanks.prototype, "margin", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], MatrixRanks.prototype, "image", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], MatrixRanks.prototype, "wallet", void 0);
__decorate([
    Field(() => WalletSourceEnum),
    __metadata("design:type", String)
], MatrixRanks.prototype, "walletFrom", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], MatrixRanks.prototype, "coverage", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], MatrixRanks.prototype, "breadth", void 0);
MatrixRanks = __decorate([
    ObjectType()
], MatrixRanks);
export { MatrixRanks };
let MatrixAccount = class MatrixAccount {
};
__decorate([
    Field(() => Company),
    __metadata("design:type", Object)
], MatrixAccount.prototype, "account", void 0);
__decorate([
    Field(() => Boolean),
    __metadata("design:type", Boolean)
], MatrixAccount.prototype, "isKeyAccount", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: '0..100' }),
    __metadata("design:type", Object)
], MatrixAccount.prototype, "potential", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: '0..100' }),
    __metadata("design:type", Object)
], MatrixAccount.prototype, "position", void 0);
__decorate([
    Field(() => QuadrantEnum, { nullable: true, description: 'null when potential or position is unknown' }),
    __metadata("design:type", Object)
], MatrixAccount.prototype, "quadrant", void 0);
__decorate([
    Field(() => Boolean, { description: 'a non-key account in DEVELOP or INVEST' }),
    __metadata("design:type", Boolean)
], MatrixAccount.prototype, "candidate", void 0);
__decorate([
    Field(() => Boolean, { description: 'a key account in SERVE_INDIRECTLY' }),
    __metadata("design:type", Boolean)
], MatrixAccount.prototype, "review", void 0);
__decorate([
    Field(() => MatrixRanks, { description: 'the percentile ranks behind the scores' }),
    __metadata("design:type", Object)
], MatrixAccount.prototype, "ranks", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], MatrixAccount.prototype, "annualTurnover", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], MatrixAccount.prototype, "contributionMargin", void 0);
__decorate([
    Field(() => Int, { nullable: true }),
    __metadata("design:type", Object)
], MatrixAccount.prototype, "image", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], MatrixAccount.prototype, "shareOfWallet", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], MatrixAccount.prototype, "revenueShare", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], MatrixAccount.prototype, "decisionMakerCoverage", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], MatrixAccount.prototype, "breadth", void 0);
MatrixAccount = __decorate([
    ObjectType({ description: 'One account in the account analysis matrix.' })
], MatrixAccount);
export { MatrixAccount };
let MatrixAccountEdge = class MatrixAccountEdge {
};
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], MatrixAccountEdge.prototype, "cursor", void 0);
__decorate([
    Field(() => MatrixAccount),
    __metadata("design:type", MatrixAccount)
], MatrixAccountEdge.prototype, "node", void 0);
MatrixAccountEdge = __decorate([
    ObjectType()
], MatrixAccountEdge);
export { MatrixAccountEdge };
let QuadrantCount = class QuadrantCount {
};
__decorate([
    Field(() => QuadrantEnum),
    __metadata("design:type", String)
], QuadrantCount.prototype, "quadrant", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], QuadrantCount.prototype, "accounts", void 0);
QuadrantCount = __decorate([
    ObjectType()
], QuadrantCount);
export { QuadrantCount };
let MatrixWeightsType = class MatrixWeightsType {
};
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], MatrixWeightsType.prototype, "turnover", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], MatrixWeightsType.prototype, "margin", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], MatrixWeightsType.prototype, "image", void 0);
MatrixWeightsType = __decorate([
    ObjectType()
], MatrixWeightsType);
export { MatrixWeightsType };
let AccountMatrixConnection = class AccountMatrixConnection {
};
__decorate([
    Field(() => [MatrixAccountEdge]),
    __metadata("design:type", Array)
], AccountMatrixConnection.prototype, "edges", void 0);
__decorate([
    Field(() => PageInfo),
    __metadata("design:type", PageInfo)
], AccountMatrixConnection.prototype, "pageInfo", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], AccountMatrixConnection.prototype, "totalCount", void 0);
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], AccountMatrixConnection.prototype, "period", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], AccountMatrixConnection.prototype, "split", void 0);
__decorate([
    Field(() => MatrixWeightsType),
    __metadata("design:type", Object)
], AccountMatrixConnection.prototype, "weights", void 0);
__decorate([
    Field(() => [QuadrantCount]),
    __metadata("design:type", Array)
], AccountMatrixConnection.prototype, "quadrants", void 0);
__decorate([
    Field(() => [MatrixAccount], { description: 'non-key accounts in DEVELOP or INVEST: candidates for key-account status' }),
    __metadata("design:type", Array)
], AccountMatrixConnection.prototype, "candidates", void 0);
__decorate([
    Field(() => [MatrixAccount], { description: 'key accounts in SERVE_INDIRECTLY: to review' }),
    __metadata("design:type", Array)
], AccountMatrixConnection.prototype, "reviews", void 0);
AccountMatrixConnection = __decorate([
    ObjectType({ description: 'docs/commercial.md "Account analysis matrix": every account by potential and position, most potential first.' })
], AccountMatrixConnection);
export { AccountMatrixConnection };
// ------------------------------------------------------------------ KAM load
let KamLoad = class KamLoad {
};
__decorate([
    Field(() => Person),
    __metadata("design:type", Object)
], KamLoad.prototype, "person", void 0);
__decorate([
    Field(() => [Company]),
    __metadata("design:type", Array)
], KamLoad.prototype, "keyAccounts", void 0);
__decorate([
    Field(() => [Company], { description: 'non-key accounts they are KAM of' }),
    __metadata("design:type", Array)
], KamLoad.prototype, "otherAccounts", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], KamLoad.prototype, "keyAccountCount", void 0);
__decorate([
    Field(() => Boolean),
    __metadata("design:type", Boolean)
], KamLoad.prototype, "overloaded", void 0);
__decorate([
    Field(() => Boolean, { description: 'KAM of non-key accounts too: a part-time KAM' }),
    __metadata("design:type", Boolean)
], KamLoad.prototype, "partTime", void 0);
__decorate([
    Field(() => Float, { description: 'revenue of their key accounts in the period' }),
    __metadata("design:type", Number)
], KamLoad.prototype, "keyAccountRevenue", void 0);
KamLoad = __decorate([
    ObjectType({ description: 'One KAM\'s load (docs/commercial.md "KAM load").' })
], KamLoad);
export { KamLoad };
let KamLoadEdge = class KamLoadEdge {
};
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], KamLoadEdge.prototype, "cursor", void 0);
__decorate([
    Field(() => KamLoad),
    __metadata("design:type", KamLoad)
], KamLoadEdge.prototype, "node", void 0);
KamLoadEdge = __decorate([
    ObjectType()
], KamLoadEdge);
export { KamLoadEdge };
let FlaggedKeyAccount = class FlaggedKeyAccount {
};
__decorate([
    Field(() => Company),
    __metadata("design:type", Object)
], FlaggedKeyAccount.prototype, "account", void 0);
__decorate([
    Field(() => [Person]),
    __metadata("design:type", Array)
], FlaggedKeyAccount.prototype, "kams", void 0);
__decorate([
    Field(() => [KamFlagEnum]),
    __metadata("design:type", Array)
], FlaggedKeyAccount.prototype, "flags", void 0);
FlaggedKeyAccount = __decorate([
    ObjectType()
], FlaggedKeyAccount);
export { FlaggedKeyAccount };
let KamLoadConnection = class KamLoadConnection {
};
__decorate([
    Field(() => [KamLoadEdge]),
    __metadata("design:type", Array)
], KamLoadConnection.prototype, "edges", void 0);
__decorate([
    Field(() => PageInfo),
    __metadata("design:type", PageInfo)
], KamLoadConnection.prototype, "pageInfo", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], KamLoadConnection.prototype, "totalCount", void 0);
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], KamLoadConnection.prototype, "period", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], KamLoadConnection.prototype, "maxAccountsPerKam", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], KamLoadConnection.prototype, "overloadedKams", void 0);
__decorate([
    Field(() => [FlaggedKeyAccount], { description: 'key accounts with no KAM or a part-time one' }),
    __metadata("design:type", Array)
], KamLoadConnection.prototype, "flagged", void 0);
__decorate([
    Field(() => [Company], { description: 'key accounts without a (full-time) KAM' }),
    __metadata("design:type", Array)
], KamLoadConnection.prototype, "withoutKam", void 0);
KamLoadConnection = __decorate([
    ObjectType()
], KamLoadConnection);
export { KamLoadConnection };
export { PageArgs };
//# sourceMappingURL=commercial.type.js.map