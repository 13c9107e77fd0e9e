var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Company } from '../company/company.type.js';
import { Person } from '../person/person.type.js';
import { AccountCoverageArgs, DepartureArgs, PortfolioRiskArgs, PortfolioTrendArgs, RiskArgsInput, ThresholdArgsInput, TrendArgsInput } from './coverage.input.js';
import { AccountCoverageConnection, CoverageTrend, CrossFunctionalCoverage, PortfolioTrend, DecisionMakerCoverageType, DepartureImpact, HolderType, PortfolioAccount, SingleContactRiskConnection, } from './coverage.type.js';
import { accountCoverageConnectionView, coverageTrendView, coverageWithSummary, portfolioTrendView, crossFunctionalView, departureView, holderView, riskConnectionView } from './coverage.view.js';
/** Decision-maker coverage; its bus factor and influence-weighted coverage are computed only when selected. */
async function coverageOf(ctx, accountId, args) {
    const coverage = ctx.services.coverage;
    const res = await coverage.decisionMakerCoverage(accountId, args);
    return coverageWithSummary(res, () => coverage.accountSummary(res.account.id, res.thresholds));
}
/** Risk analytics of DESIGN §3: each query is one CoverageService call. */
let CoverageResolver = class CoverageResolver {
    async decisionMakerCoverage(accountId, args, ctx) {
        return coverageOf(ctx, accountId, args);
    }
    async accountCoverage(args, ctx) {
        return accountCoverageConnectionView(await ctx.services.coverage.accountCoverage(args), args);
    }
    async singleContactRisks(accountId, args, ctx) {
        return riskConnectionView(await ctx.services.coverage.singleContactRisks(accountId ?? null, args), args);
    }
    async departureImpact(personId, args, ctx) {
        return departureView(await ctx.services.coverage.departureImpact(personId, args));
    }
    async coverageTrend(accountId, args, ctx) {
        return coverageTrendView(await ctx.services.coverage.coverageTrend(accountId, args), ctx);
    }
    async portfolioTrend(args, ctx) {
        return portfolioTrendView(await ctx.services.coverage.portfolioTrend(args));
    }
    async crossFunctionalCoverage(accountId, args, ctx) {
        return crossFunctionalView(await ctx.services.coverage.crossFunctionalCoverage(accountId, args));
    }
};
__decorate([
    Query(() => DecisionMakerCoverageType, { description: 'Decision-maker coverage of an account, by level, function and unit.' }),
    __param(0, Arg('accountId', () => ID)),
    __param(1, Args(() => ThresholdArgsInput)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, ThresholdArgsInput, Object]),
    __metadata("design:returntype", Promise)
], CoverageResolver.prototype, "decisionMakerCoverage", null);
__decorate([
    Query(() => AccountCoverageConnection, { description: 'The portfolio by account (root customer accounts), most fragile first: decision makers, bus factor, influence-weighted coverage.' }),
    __param(0, Args(() => AccountCoverageArgs)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [AccountCoverageArgs, Object]),
    __metadata("design:returntype", Promise)
], CoverageResolver.prototype, "accountCoverage", null);
__decorate([
    Query(() => SingleContactRiskConnection, { description: 'Single-contact risks of one account, or of the whole portfolio without accountId; most severe first.' }),
    __param(0, Arg('accountId', () => ID, { nullable: true })),
    __param(1, Args(() => PortfolioRiskArgs)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, PortfolioRiskArgs, Object]),
    __metadata("design:returntype", Promise)
], CoverageResolver.prototype, "singleContactRisks", null);
__decorate([
    Query(() => DepartureImpact, { description: 'What-if: what the accounts lose if this person of ours leaves. Nothing is written.' }),
    __param(0, Arg('personId', () => ID)),
    __param(1, Args(() => DepartureArgs)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, DepartureArgs, Object]),
    __metadata("design:returntype", Promise)
], CoverageResolver.prototype, "departureImpact", null);
__decorate([
    Query(() => CoverageTrend, { description: 'DESIGN §4 "Trend": decision-maker coverage, risks and bus factor of an account at the end of each month or quarter in [from, to].' }),
    __param(0, Arg('accountId', () => ID)),
    __param(1, Args(() => TrendArgsInput)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, TrendArgsInput, Object]),
    __metadata("design:returntype", Promise)
], CoverageResolver.prototype, "coverageTrend", null);
__decorate([
    Query(() => PortfolioTrend, { description: 'DESIGN §4 "Trend" of the portfolio: single-threaded and uncovered accounts and risks at the end of each month or quarter in [from, to].' }),
    __param(0, Args(() => PortfolioTrendArgs)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [PortfolioTrendArgs, Object]),
    __metadata("design:returntype", Promise)
], CoverageResolver.prototype, "portfolioTrend", null);
__decorate([
    Query(() => CrossFunctionalCoverage, { description: 'Effective relationships into an account, our functions × theirs.' }),
    __param(0, Arg('accountId', () => ID)),
    __param(1, Args(() => ThresholdArgsInput)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, ThresholdArgsInput, Object]),
    __metadata("design:returntype", Promise)
], CoverageResolver.prototype, "crossFunctionalCoverage", null);
CoverageResolver = __decorate([
    Resolver()
], CoverageResolver);
export { CoverageResolver };
/** Coverage seen from a company: `company.coverage`, `company.risks`. */
let CompanyCoverageResolver = class CompanyCoverageResolver {
    async coverage(c, args, ctx) {
        return coverageOf(ctx, c.id, args);
    }
    async risks(c, args, ctx) {
        return riskConnectionView(await ctx.services.coverage.singleContactRisks(c.id, args), args);
    }
};
__decorate([
    FieldResolver(() => DecisionMakerCoverageType, { description: 'Decision-maker coverage of this company as an account.' }),
    __param(0, Root()),
    __param(1, Args(() => ThresholdArgsInput)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, ThresholdArgsInput, Object]),
    __metadata("design:returntype", Promise)
], CompanyCoverageResolver.prototype, "coverage", null);
__decorate([
    FieldResolver(() => SingleContactRiskConnection, { description: 'Single-contact risks of this company as an account.' }),
    __param(0, Root()),
    __param(1, Args(() => RiskArgsInput)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, RiskArgsInput, Object]),
    __metadata("design:returntype", Promise)
], CompanyCoverageResolver.prototype, "risks", null);
CompanyCoverageResolver = __decorate([
    Resolver(() => Company)
], CompanyCoverageResolver);
export { CompanyCoverageResolver };
/** Coverage seen from a person: who of ours holds a contact; whom one of ours holds. */
let PersonCoverageResolver = class PersonCoverageResolver {
    async coverage(p, args, ctx) {
        const t = ctx.services.coverage.thresholds(args);
        return (await ctx.loaders.coverage.holders(t).load(p.id)).map((h) => holderView(h, t.asOf));
    }
    async portfolio(p, args, ctx) {
        const t = ctx.services.coverage.thresholds(args);
        return ctx.loaders.coverage.portfolio(t).load(p.id);
    }
};
__decorate([
    FieldResolver(() => [HolderType], { description: 'For a contact: our people holding an effective relationship with them, strongest first.' }),
    __param(0, Root()),
    __param(1, Args(() => ThresholdArgsInput)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, ThresholdArgsInput, Object]),
    __metadata("design:returntype", Promise)
], PersonCoverageResolver.prototype, "coverage", null);
__decorate([
    FieldResolver(() => [PortfolioAccount], { description: 'For one of our people: the contacts they hold, by account.' }),
    __param(0, Root()),
    __param(1, Args(() => ThresholdArgsInput)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, ThresholdArgsInput, Object]),
    __metadata("design:returntype", Promise)
], PersonCoverageResolver.prototype, "portfolio", null);
PersonCoverageResolver = __decorate([
    Resolver(() => Person)
], PersonCoverageResolver);
export { PersonCoverageResolver };
//# sourceMappingURL=coverage.resolver.js.map