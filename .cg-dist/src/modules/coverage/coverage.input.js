var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, Float, Int } from 'type-graphql';
import { PageArgs } from '../../common/connection.type.js';
import { TrendEveryEnum } from './coverage.type.js';
/** DESIGN §3 thresholds; defaults come from configuration. */
let ThresholdArgsInput = class ThresholdArgsInput {
};
__decorate([
    Field(() => Float, { nullable: true, description: 'minimum KNOWS strength, 0..1 (default 0.3)' }),
    __metadata("design:type", Object)
], ThresholdArgsInput.prototype, "minStrength", void 0);
__decorate([
    Field(() => Int, { nullable: true, description: 'maximum days since lastContactAt (default 365)' }),
    __metadata("design:type", Object)
], ThresholdArgsInput.prototype, "maxAgeDays", void 0);
__decorate([
    Field(() => LocalDateResolver, { nullable: true, description: 'the day to judge at (default today)' }),
    __metadata("design:type", Object)
], ThresholdArgsInput.prototype, "asOf", void 0);
ThresholdArgsInput = __decorate([
    ArgsType()
], ThresholdArgsInput);
export { ThresholdArgsInput };
let RiskArgsInput = class RiskArgsInput extends ThresholdArgsInput {
};
__decorate([
    Field(() => Int, { nullable: true }),
    __metadata("design:type", Object)
], RiskArgsInput.prototype, "first", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], RiskArgsInput.prototype, "after", void 0);
__decorate([
    Field(() => Boolean, { nullable: true, description: 'also contacts whose INFLUENCES on a decision maker is ≥ minInfluence' }),
    __metadata("design:type", Object)
], RiskArgsInput.prototype, "includeInfluencers", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'default 0.5' }),
    __metadata("design:type", Object)
], RiskArgsInput.prototype, "minInfluence", void 0);
RiskArgsInput = __decorate([
    ArgsType()
], RiskArgsInput);
export { RiskArgsInput };
let PortfolioRiskArgs = class PortfolioRiskArgs extends RiskArgsInput {
};
__decorate([
    Field(() => Boolean, { nullable: true, description: 'only accounts flagged isKeyAccount' }),
    __metadata("design:type", Object)
], PortfolioRiskArgs.prototype, "keyAccountsOnly", void 0);
PortfolioRiskArgs = __decorate([
    ArgsType()
], PortfolioRiskArgs);
export { PortfolioRiskArgs };
let AccountCoverageArgs = class AccountCoverageArgs extends ThresholdArgsInput {
};
__decorate([
    Field(() => Int, { nullable: true, description: 'Page size, 1..100 (default 20).' }),
    __metadata("design:type", Object)
], AccountCoverageArgs.prototype, "first", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'Opaque cursor: the endCursor of the previous page.' }),
    __metadata("design:type", Object)
], AccountCoverageArgs.prototype, "after", void 0);
__decorate([
    Field(() => Boolean, { nullable: true, description: 'only accounts flagged isKeyAccount' }),
    __metadata("design:type", Object)
], AccountCoverageArgs.prototype, "keyAccountsOnly", void 0);
AccountCoverageArgs = __decorate([
    ArgsType()
], AccountCoverageArgs);
export { AccountCoverageArgs };
let DepartureArgs = class DepartureArgs extends ThresholdArgsInput {
};
__decorate([
    Field(() => Int, { nullable: true, description: 'successors listed per orphaned decision maker (default 3, at most 20)' }),
    __metadata("design:type", Object)
], DepartureArgs.prototype, "successors", void 0);
DepartureArgs = __decorate([
    ArgsType()
], DepartureArgs);
export { DepartureArgs };
export { PageArgs };
/** docs/definitions.md "Trend": the period ends within [from, to]. */
let TrendArgsInput = class TrendArgsInput {
};
__decorate([
    Field(() => LocalDateResolver, { description: 'first day of the range' }),
    __metadata("design:type", String)
], TrendArgsInput.prototype, "from", void 0);
__decorate([
    Field(() => LocalDateResolver, { description: 'last day of the range' }),
    __metadata("design:type", String)
], TrendArgsInput.prototype, "to", void 0);
__decorate([
    Field(() => TrendEveryEnum, { description: 'one point at the end of each month or quarter' }),
    __metadata("design:type", String)
], TrendArgsInput.prototype, "every", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'minimum strength in force, 0..1 (default 0.3)' }),
    __metadata("design:type", Object)
], TrendArgsInput.prototype, "minStrength", void 0);
__decorate([
    Field(() => Int, { nullable: true, description: 'maximum days since lastContactAt (default 365)' }),
    __metadata("design:type", Object)
], TrendArgsInput.prototype, "maxAgeDays", void 0);
TrendArgsInput = __decorate([
    ArgsType()
], TrendArgsInput);
export { TrendArgsInput };
let PortfolioTrendArgs = class PortfolioTrendArgs extends TrendArgsInput {
};
__decorate([
    Field(() => Boolean, { nullable: true, description: 'only accounts flagged isKeyAccount' }),
    __metadata("design:type", Object)
], PortfolioTrendArgs.prototype, "keyAccountsOnly", void 0);
PortfolioTrendArgs = __decorate([
    ArgsType()
], PortfolioTrendArgs);
export { PortfolioTrendArgs };
//# sourceMappingURL=coverage.input.js.map