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
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Company } from '../company/company.type.js';
import { Person } from '../person/person.type.js';
import { EmploymentInput, InfluenceInput, ManagerInput, ParentUnitInput, RelationshipInput, TeamMemberInput, } from './relationship.input.js';
import { PersonLink, TeamMember } from './relationship.type.js';
/** Mutations for the relationships of DESIGN §2; every rule lives in RelationshipService. */
let RelationshipResolver = class RelationshipResolver {
    setEmployer(input, ctx) {
        return ctx.services.relationship.setEmployer(input);
    }
    removeEmployer(personId, ctx) {
        return ctx.services.relationship.removeEmployer(personId);
    }
    setParentUnit(input, ctx) {
        return ctx.services.relationship.setParentUnit(input);
    }
    removeParentUnit(unitId, ctx) {
        return ctx.services.relationship.removeParentUnit(unitId);
    }
    setManager(input, ctx) {
        return ctx.services.relationship.setManager(input);
    }
    removeManager(personId, ctx) {
        return ctx.services.relationship.removeManager(personId);
    }
    upsertInfluence(input, ctx) {
        return ctx.services.relationship.upsertInfluence(input);
    }
    removeInfluence(fromId, toId, ctx) {
        return ctx.services.relationship.removeInfluence(fromId, toId);
    }
    upsertRelationship(input, ctx) {
        return ctx.services.relationship.upsertRelationship(input);
    }
    removeRelationship(ourPersonId, contactId, ctx) {
        return ctx.services.relationship.removeRelationship(ourPersonId, contactId);
    }
    addTeamMember(input, ctx) {
        return ctx.services.relationship.addTeamMember(input);
    }
    removeTeamMember(personId, accountId, ctx) {
        return ctx.services.relationship.removeTeamMember(personId, accountId);
    }
};
__decorate([
    Mutation(() => Person, { description: 'Sets the employer (WORKS_AT), replacing any previous one.' }),
    __param(0, Arg('input', () => EmploymentInput)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [EmploymentInput, Object]),
    __metadata("design:returntype", void 0)
], RelationshipResolver.prototype, "setEmployer", null);
__decorate([
    Mutation(() => Person),
    __param(0, Arg('personId', () => ID)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", void 0)
], RelationshipResolver.prototype, "removeEmployer", null);
__decorate([
    Mutation(() => Company, { description: 'Makes a unit PART_OF a parent, replacing any previous parent.' }),
    __param(0, Arg('input', () => ParentUnitInput)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ParentUnitInput, Object]),
    __metadata("design:returntype", void 0)
], RelationshipResolver.prototype, "setParentUnit", null);
__decorate([
    Mutation(() => Company),
    __param(0, Arg('unitId', () => ID)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", void 0)
], RelationshipResolver.prototype, "removeParentUnit", null);
__decorate([
    Mutation(() => Person, { description: 'Sets the formal manager (REPORTS_TO), replacing any previous one.' }),
    __param(0, Arg('input', () => ManagerInput)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ManagerInput, Object]),
    __metadata("design:returntype", void 0)
], RelationshipResolver.prototype, "setManager", null);
__decorate([
    Mutation(() => Person),
    __param(0, Arg('personId', () => ID)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", void 0)
], RelationshipResolver.prototype, "removeManager", null);
__decorate([
    Mutation(() => PersonLink, { description: 'Creates or updates an INFLUENCES link.' }),
    __param(0, Arg('input', () => InfluenceInput)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [InfluenceInput, Object]),
    __metadata("design:returntype", void 0)
], RelationshipResolver.prototype, "upsertInfluence", null);
__decorate([
    Mutation(() => Boolean),
    __param(0, Arg('fromId', () => ID)),
    __param(1, Arg('toId', () => ID)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String, Object]),
    __metadata("design:returntype", void 0)
], RelationshipResolver.prototype, "removeInfluence", null);
__decorate([
    Mutation(() => PersonLink, { description: 'Creates or updates a KNOWS link from one of our people to a contact.' }),
    __param(0, Arg('input', () => RelationshipInput)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [RelationshipInput, Object]),
    __metadata("design:returntype", void 0)
], RelationshipResolver.prototype, "upsertRelationship", null);
__decorate([
    Mutation(() => Boolean),
    __param(0, Arg('ourPersonId', () => ID)),
    __param(1, Arg('contactId', () => ID)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String, Object]),
    __metadata("design:returntype", void 0)
], RelationshipResolver.prototype, "removeRelationship", null);
__decorate([
    Mutation(() => TeamMember, { description: 'Puts one of our people on an account team (ON_TEAM).' }),
    __param(0, Arg('input', () => TeamMemberInput)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [TeamMemberInput, Object]),
    __metadata("design:returntype", void 0)
], RelationshipResolver.prototype, "addTeamMember", null);
__decorate([
    Mutation(() => Boolean),
    __param(0, Arg('personId', () => ID)),
    __param(1, Arg('accountId', () => ID)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String, Object]),
    __metadata("design:returntype", void 0)
], RelationshipResolver.prototype, "removeTeamMember", null);
RelationshipResolver = __decorate([
    Resolver()
], RelationshipResolver);
export { RelationshipResolver };
//# sourceMappingURL=relationship.resolver.js.map