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
import { InfluenceEdgeKindEnum } from './influence.type.js';
let PathArgsInput = class PathArgsInput {
};
__decorate([
    Field(() => Int, { nullable: true, description: 'at most this many edges, 1..6 (default 4)' }),
    __metadata("design:type", Object)
], PathArgsInput.prototype, "maxHops", void 0);
__decorate([
    Field(() => Int, { nullable: true, description: 'how many paths, 1..20 (default 3)' }),
    __metadata("design:type", Object)
], PathArgsInput.prototype, "k", void 0);
__decorate([
    Field(() => [InfluenceEdgeKindEnum], { nullable: true, description: 'relationships that may be walked (default all three)' }),
    __metadata("design:type", Object)
], PathArgsInput.prototype, "edgeKinds", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'links weaker than this are not walked, 0..1 (default 0)' }),
    __metadata("design:type", Object)
], PathArgsInput.prototype, "minStrength", void 0);
__decorate([
    Field(() => LocalDateResolver, { nullable: true, description: 'walk the graph as it stood on this day, with the relationships in force then (default today)' }),
    __metadata("design:type", Object)
], PathArgsInput.prototype, "asOf", void 0);
PathArgsInput = __decorate([
    ArgsType()
], PathArgsInput);
export { PathArgsInput };
let RankingArgs = class RankingArgs {
};
__decorate([
    Field(() => Int, { nullable: true }),
    __metadata("design:type", Object)
], RankingArgs.prototype, "first", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], RankingArgs.prototype, "after", void 0);
RankingArgs = __decorate([
    ArgsType()
], RankingArgs);
export { RankingArgs };
let HiddenInfluencerArgs = class HiddenInfluencerArgs {
};
__decorate([
    Field(() => Float, { nullable: true, description: 'only contacts ranked within this top share of the account, 0..1 (default 0.2)' }),
    __metadata("design:type", Object)
], HiddenInfluencerArgs.prototype, "topShare", void 0);
HiddenInfluencerArgs = __decorate([
    ArgsType()
], HiddenInfluencerArgs);
export { HiddenInfluencerArgs };
//# sourceMappingURL=influence.input.js.map