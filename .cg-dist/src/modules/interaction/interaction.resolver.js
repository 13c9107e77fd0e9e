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
import { Company } from '../company/company.type.js';
import { Person } from '../person/person.type.js';
import { InteractionInput, InteractionsArgs } from './interaction.input.js';
import { Interaction, InteractionConnection } from './interaction.type.js';
const EMPTY = { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 };
let InteractionResolver = class InteractionResolver {
    interaction(id, ctx) {
        return ctx.services.interaction.find(id);
    }
    recordInteraction(input, ctx) {
        return ctx.services.interaction.record(input);
    }
    removeInteraction(id, ctx) {
        return ctx.services.interaction.remove(id);
    }
    participants(i, ctx) {
        return ctx.loaders.interaction.participants.load(i.id);
    }
    account(i, ctx) {
        return ctx.loaders.interaction.account.load(i.id);
    }
};
__decorate([
    Query(() => Interaction, { nullable: true, description: 'An interaction by id; null when there is none (or it is about an account out of scope).' }),
    __param(0, Arg('id', () => ID)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", void 0)
], InteractionResolver.prototype, "interaction", null);
__decorate([
    Mutation(() => Interaction, { description: 'Records an interaction, or corrects the one with this id (every field and link replaced).' }),
    __param(0, Arg('input', () => InteractionInput)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [InteractionInput, Object]),
    __metadata("design:returntype", void 0)
], InteractionResolver.prototype, "recordInteraction", null);
__decorate([
    Mutation(() => ID, { description: 'Removes an interaction and its links; returns the id.' }),
    __param(0, Arg('id', () => ID)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", void 0)
], InteractionResolver.prototype, "removeInteraction", null);
__decorate([
    FieldResolver(() => [Person], { description: 'Who took part (TOOK_PART), by id; people out of your scope are left out.' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", void 0)
], InteractionResolver.prototype, "participants", null);
__decorate([
    FieldResolver(() => Company, { nullable: true, description: 'The account it is about (ABOUT).' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", void 0)
], InteractionResolver.prototype, "account", null);
InteractionResolver = __decorate([
    Resolver(() => Interaction)
], InteractionResolver);
export { InteractionResolver };
let PersonInteractionResolver = class PersonInteractionResolver {
    async interactions(p, args, ctx) {
        return (await ctx.services.interaction.ofPerson(p.id, args, args)) ?? EMPTY;
    }
};
__decorate([
    FieldResolver(() => InteractionConnection, { description: 'Interactions this person took part in, newest first (date, then id).' }),
    __param(0, Root()),
    __param(1, Args(() => InteractionsArgs)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, InteractionsArgs, Object]),
    __metadata("design:returntype", Promise)
], PersonInteractionResolver.prototype, "interactions", null);
PersonInteractionResolver = __decorate([
    Resolver(() => Person)
], PersonInteractionResolver);
export { PersonInteractionResolver };
let CompanyInteractionResolver = class CompanyInteractionResolver {
    async interactions(c, args, ctx) {
        return (await ctx.services.interaction.ofCompany(c.id, args, args)) ?? EMPTY;
    }
};
__decorate([
    FieldResolver(() => InteractionConnection, { description: 'Interactions about this company or unit (not its units), newest first (date, then id).' }),
    __param(0, Root()),
    __param(1, Args(() => InteractionsArgs)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, InteractionsArgs, Object]),
    __metadata("design:returntype", Promise)
], CompanyInteractionResolver.prototype, "interactions", null);
CompanyInteractionResolver = __decorate([
    Resolver(() => Company)
], CompanyInteractionResolver);
export { CompanyInteractionResolver };
//# sourceMappingURL=interaction.resolver.js.map