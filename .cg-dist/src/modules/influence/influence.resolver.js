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
import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { pageByPosition } from '../../common/pagination.js';
import { HiddenInfluencerArgs, PathArgsInput, RankingArgs } from './influence.input.js';
import { HiddenInfluencer, InfluencePathType, InfluenceRankingConnection, Introduction } from './influence.type.js';
/** Influence engine of DESIGN §3: each query is one InfluenceService call. */
let InfluenceResolver = class InfluenceResolver {
    async influencePaths(fromId, toId, args, ctx) {
        return ctx.services.influence.influencePaths(fromId, toId, args);
    }
    async bestIntroductions(targetId, args, ctx) {
        return ctx.services.influence.bestIntroductions(targetId, args);
    }
    async influenceRanking(accountId, page, ctx) {
        const ranking = await ctx.services.influence.influenceRanking(accountId);
        return pageByPosition(ranking, page, (r) => r.person.id);
    }
    async hiddenInfluencers(accountId, args, ctx) {
        return ctx.services.influence.hiddenInfluencers(accountId, args);
    }
};
__decorate([
    Query(() => [InfluencePathType], { description: 'The k strongest simple influence paths from one person to another (empty when none within maxHops).' }),
    __param(0, Arg('fromId', () => ID)),
    __param(1, Arg('toId', () => ID)),
    __param(2, Args(() => PathArgsInput)),
    __param(3, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String, PathArgsInput, Object]),
    __metadata("design:returntype", Promise)
], InfluenceResolver.prototype, "influencePaths", null);
__decorate([
    Query(() => [Introduction], { description: 'Our people ranked by their strongest influence path to the target.' }),
    __param(0, Arg('targetId', () => ID)),
    __param(1, Args(() => PathArgsInput)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, PathArgsInput, Object]),
    __metadata("design:returntype", Promise)
], InfluenceResolver.prototype, "bestIntroductions", null);
__decorate([
    Query(() => InfluenceRankingConnection, { description: 'Every contact of an account by influence score, with formal rank and role.' }),
    __param(0, Arg('accountId', () => ID)),
    __param(1, Args(() => RankingArgs)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, RankingArgs, Object]),
    __metadata("design:returntype", Promise)
], InfluenceResolver.prototype, "influenceRanking", null);
__decorate([
    Query(() => [HiddenInfluencer], { description: 'Contacts with high influence, no decision role, low in the reporting tree.' }),
    __param(0, Arg('accountId', () => ID)),
    __param(1, Args(() => HiddenInfluencerArgs)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, HiddenInfluencerArgs, Object]),
    __metadata("design:returntype", Promise)
], InfluenceResolver.prototype, "hiddenInfluencers", null);
InfluenceResolver = __decorate([
    Resolver()
], InfluenceResolver);
export { InfluenceResolver };
//# sourceMappingURL=influence.resolver.js.map