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
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../common/connection.type.js';
import { pageOf } from '../../common/pagination.js';
import { Employment, Influence, Relationship, RelationshipConnection, TeamMembership } from '../relationship/relationship.type.js';
import { PeopleArgs, PersonInput } from './person.input.js';
import { Person, PersonConnection } from './person.type.js';
let PersonResolver = class PersonResolver {
    person(id, ctx) {
        return ctx.loaders.person.byId.load(id);
    }
    people(args, ctx) {
        return ctx.services.person.list(args, args);
    }
    upsertPerson(input, ctx) {
        return ctx.services.person.upsert(input);
    }
    removePerson(id, ctx) {
        return ctx.services.person.remove(id);
    }
    employer(p, ctx) {
        return ctx.loaders.person.employer.load(p.id);
    }
    async manager(p, ctx) {
        return (await ctx.loaders.person.manager.load(p.id))?.person ?? null;
    }
    async directReports(p, ctx) {
        return (await ctx.loaders.person.directReports.load(p.id)).map((r) => r.person);
    }
    influences(p, ctx) {
        return ctx.loaders.person.influences.load(p.id);
    }
    influencedBy(p, ctx) {
        return ctx.loaders.person.influencedBy.load(p.id);
    }
    async relationships(p, page, ctx) {
        return pageOf(await ctx.loaders.person.knows.load(p.id), page, (r) => r.person.id);
    }
    knownBy(p, ctx) {
        return ctx.loaders.person.knownBy.load(p.id);
    }
    teams(p, ctx) {
        return ctx.loaders.person.teams.load(p.id);
    }
};
__decorate([
    Query(() => Person, { nullable: true, description: 'A person by id; null when there is none.' }),
    __param(0, Arg('id', () => ID)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", void 0)
], PersonResolver.prototype, "person", null);
__decorate([
    Query(() => PersonConnection, { description: 'People ordered by id, filtered.' }),
    __param(0, Args(() => PeopleArgs)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [PeopleArgs, Object]),
    __metadata("design:returntype", void 0)
], PersonResolver.prototype, "people", null);
__decorate([
    Mutation(() => Person, { description: 'Creates a person or updates the fields given.' }),
    __param(0, Arg('input', () => PersonInput)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [PersonInput, Object]),
    __metadata("design:returntype", void 0)
], PersonResolver.prototype, "upsertPerson", null);
__decorate([
    Mutation(() => ID, { description: 'Removes a person and all their relationships; returns the id. (A person who leaves is better marked active: false.)' }),
    __param(0, Arg('id', () => ID)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", void 0)
], PersonResolver.prototype, "removePerson", null);
__decorate([
    FieldResolver(() => Employment, { nullable: true, description: 'Current employer (WORKS_AT).' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", void 0)
], PersonResolver.prototype, "employer", null);
__decorate([
    FieldResolver(() => Person, { nullable: true, description: 'Formal manager (REPORTS_TO): the official power.' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], PersonResolver.prototype, "manager", null);
__decorate([
    FieldResolver(() => [Person], { description: 'People who formally report to this person.' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], PersonResolver.prototype, "directReports", null);
__decorate([
    FieldResolver(() => [Influence], { description: 'Whom this person informally sways (INFLUENCES out).' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", void 0)
], PersonResolver.prototype, "influences", null);
__decorate([
    FieldResolver(() => [Influence], { description: 'Who informally sways this person (INFLUENCES in).' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", void 0)
], PersonResolver.prototype, "influencedBy", null);
__decorate([
    FieldResolver(() => RelationshipConnection, { description: 'Contacts this person (one of ours) holds a relationship with (KNOWS out).' }),
    __param(0, Root()),
    __param(1, Args(() => PageArgs)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, PageArgs, Object]),
    __metadata("design:returntype", Promise)
], PersonResolver.prototype, "relationships", null);
__decorate([
    FieldResolver(() => [Relationship], { description: 'Our people who hold a relationship with this contact (KNOWS in), whatever its strength or age.' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", void 0)
], PersonResolver.prototype, "knownBy", null);
__decorate([
    FieldResolver(() => [TeamMembership], { description: 'Account teams this person sits on (ON_TEAM).' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", void 0)
], PersonResolver.prototype, "teams", null);
PersonResolver = __decorate([
    Resolver(() => Person)
], PersonResolver);
export { PersonResolver };
//# sourceMappingURL=person.resolver.js.map