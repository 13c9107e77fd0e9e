var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../common/connection.type.js';
import { Person } from '../person/person.type.js';
export const InfluenceEdgeKindEnum = { KNOWS: 'KNOWS', INFLUENCES: 'INFLUENCES', REPORTS_TO: 'REPORTS_TO' };
registerEnumType(InfluenceEdgeKindEnum, { name: 'InfluenceEdgeKind', description: 'Relationships an influence path may walk (DESIGN §3).' });
let PathEdgeType = class PathEdgeType {
};
__decorate([
    Field(() => InfluenceEdgeKindEnum),
    __metadata("design:type", String)
], PathEdgeType.prototype, "type", void 0);
__decorate([
    Field(() => Person, { description: 'start of the stored relationship' }),
    __metadata("design:type", Object)
], PathEdgeType.prototype, "from", void 0);
__decorate([
    Field(() => Person, { description: 'end of the stored relationship' }),
    __metadata("design:type", Object)
], PathEdgeType.prototype, "to", void 0);
__decorate([
    Field(() => Float, { description: 'its strength (REPORTS_TO: formalStrength)' }),
    __metadata("design:type", Number)
], PathEdgeType.prototype, "strength", void 0);
__decorate([
    Field(() => Boolean, { description: 'true when the path walks the relationship in its stored direction' }),
    __metadata("design:type", Boolean)
], PathEdgeType.prototype, "forward", void 0);
PathEdgeType = __decorate([
    ObjectType('PathEdge', { description: 'One step of an influence path: the stored relationship it uses.' })
], PathEdgeType);
export { PathEdgeType };
let InfluencePathType = class InfluencePathType {
};
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], InfluencePathType.prototype, "strength", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], InfluencePathType.prototype, "hops", void 0);
__decorate([
    Field(() => [Person], { description: 'from the start to the end of the path' }),
    __metadata("design:type", Array)
], InfluencePathType.prototype, "nodes", void 0);
__decorate([
    Field(() => [PathEdgeType]),
    __metadata("design:type", Array)
], InfluencePathType.prototype, "edges", void 0);
InfluencePathType = __decorate([
    ObjectType('InfluencePath', { description: 'DESIGN §3 "Influence path": its strength is the product of its edge strengths.' })
], InfluencePathType);
export { InfluencePathType };
let Introduction = class Introduction {
};
__decorate([
    Field(() => Person),
    __metadata("design:type", Object)
], Introduction.prototype, "person", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], Introduction.prototype, "strength", void 0);
__decorate([
    Field(() => InfluencePathType),
    __metadata("design:type", InfluencePathType)
], Introduction.prototype, "path", void 0);
Introduction = __decorate([
    ObjectType({ description: 'One of our people and their strongest path to the target: a warm introduction.' })
], Introduction);
export { Introduction };
let RankedContactType = class RankedContactType {
};
__decorate([
    Field(() => Person),
    __metadata("design:type", Object)
], RankedContactType.prototype, "person", void 0);
__decorate([
    Field(() => Float, { description: 'weighted PageRank within the account; sums to 1 over its contacts' }),
    __metadata("design:type", Number)
], RankedContactType.prototype, "score", void 0);
__decorate([
    Field(() => Int, { description: '1 = most influential' }),
    __metadata("design:type", Number)
], RankedContactType.prototype, "rank", void 0);
__decorate([
    Field(() => Int, { description: 'depth in the reporting tree, 0 = top' }),
    __metadata("design:type", Number)
], RankedContactType.prototype, "formalRank", void 0);
__decorate([
    Field(() => Boolean),
    __metadata("design:type", Boolean)
], RankedContactType.prototype, "isDecisionMaker", void 0);
RankedContactType = __decorate([
    ObjectType('RankedContact', { description: "A contact's influence within an account beside their formal position." })
], RankedContactType);
export { RankedContactType };
/** Contacts of an account, most influential first. */
export const InfluenceRankingConnection = Connection('RankedContact', RankedContactType);
let Sway = class Sway {
};
__decorate([
    Field(() => Person),
    __metadata("design:type", Object)
], Sway.prototype, "person", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], Sway.prototype, "strength", void 0);
Sway = __decorate([
    ObjectType({ description: 'Someone this person sways (INFLUENCES), inside the account.' })
], Sway);
export { Sway };
let HiddenInfluencer = class HiddenInfluencer extends RankedContactType {
};
__decorate([
    Field(() => [Sway], { description: 'strongest first' }),
    __metadata("design:type", Array)
], HiddenInfluencer.prototype, "sways", void 0);
HiddenInfluencer = __decorate([
    ObjectType({ description: 'Unofficial power: high influence, no decision role, low in the reporting tree.' })
], HiddenInfluencer);
export { HiddenInfluencer };
//# sourceMappingURL=influence.type.js.map