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
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TeamRoleEnum } from '../../common/enums.type.js';
import { Connection } from '../../common/connection.type.js';
import { Company } from '../company/company.type.js';
import { Person } from '../person/person.type.js';
let Employment = class Employment {
};
__decorate([
    Field(() => Company),
    __metadata("design:type", Object)
], Employment.prototype, "company", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], Employment.prototype, "title", void 0);
__decorate([
    Field(() => LocalDateResolver, { nullable: true }),
    __metadata("design:type", Object)
], Employment.prototype, "since", void 0);
Employment = __decorate([
    ObjectType({ description: 'A WORKS_AT link seen from the person: the current employer.' })
], Employment);
export { Employment };
let Influence = class Influence {
};
__decorate([
    Field(() => Person, { description: 'The person at the other end.' }),
    __metadata("design:type", Object)
], Influence.prototype, "person", void 0);
__decorate([
    Field(() => Float, { description: '0..1' }),
    __metadata("design:type", Number)
], Influence.prototype, "strength", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], Influence.prototype, "note", void 0);
__decorate([
    Field(() => LocalDateResolver, { nullable: true }),
    __metadata("design:type", Object)
], Influence.prototype, "since", void 0);
Influence = __decorate([
    ObjectType({ description: 'An INFLUENCES link seen from one end (the unofficial power).' })
], Influence);
export { Influence };
export var StrengthSourceEnum;
(function (StrengthSourceEnum) {
    StrengthSourceEnum["TYPED"] = "TYPED";
    StrengthSourceEnum["DERIVED"] = "DERIVED";
})(StrengthSourceEnum || (StrengthSourceEnum = {}));
registerEnumType(StrengthSourceEnum, { name: 'StrengthSource', description: 'Where a relationship\'s strength in force comes from (docs/definitions.md "Values in force").' });
let Relationship = class Relationship {
};
__decorate([
    Field(() => Person, { description: 'The person at the other end.' }),
    __metadata("design:type", Object)
], Relationship.prototype, "person", void 0);
__decorate([
    Field(() => Float, { description: 'in force, 0..1: derivedStrength when the pair has interactions, else typedStrength' }),
    __metadata("design:type", Number)
], Relationship.prototype, "strength", void 0);
__decorate([
    Field(() => LocalDateResolver, { nullable: true, description: 'in force: the later of the typed one and the last interaction' }),
    __metadata("design:type", Object)
], Relationship.prototype, "lastContactAt", void 0);
__decorate([
    Field(() => LocalDateResolver, { nullable: true, description: 'the typed since, else the first interaction' }),
    __metadata("design:type", Object)
], Relationship.prototype, "since", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'KNOWS.strength as typed (null: no KNOWS edge, the relationship comes from interactions alone)' }),
    __metadata("design:type", Object)
], Relationship.prototype, "typedStrength", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'from the pair\'s interactions (null: none)' }),
    __metadata("design:type", Object)
], Relationship.prototype, "derivedStrength", void 0);
__decorate([
    Field(() => StrengthSourceEnum, { description: 'which of the two is in force' }),
    __metadata("design:type", String)
], Relationship.prototype, "strengthSource", void 0);
__decorate([
    Field(() => Int, { description: 'interactions both took part in, up to today' }),
    __metadata("design:type", Number)
], Relationship.prototype, "interactionCount", void 0);
Relationship = __decorate([
    ObjectType({ description: 'A working relationship held by one of our people, seen from one end: a KNOWS link, or a pair who took part in the same interactions, with the values in force today.' })
], Relationship);
export { Relationship };
export const RelationshipConnection = Connection('Relationship', Relationship);
let TeamMember = class TeamMember {
};
__decorate([
    Field(() => Person),
    __metadata("design:type", Object)
], TeamMember.prototype, "person", void 0);
__decorate([
    Field(() => TeamRoleEnum, { nullable: true }),
    __metadata("design:type", Object)
], TeamMember.prototype, "role", void 0);
TeamMember = __decorate([
    ObjectType({ description: 'A member of an account team (ON_TEAM).' })
], TeamMember);
export { TeamMember };
let TeamMembership = class TeamMembership {
};
__decorate([
    Field(() => Company),
    __metadata("design:type", Object)
], TeamMembership.prototype, "company", void 0);
__decorate([
    Field(() => TeamRoleEnum, { nullable: true }),
    __metadata("design:type", Object)
], TeamMembership.prototype, "role", void 0);
TeamMembership = __decorate([
    ObjectType({ description: 'An account team a person sits on (ON_TEAM).' })
], TeamMembership);
export { TeamMembership };
let PersonLink = class PersonLink {
};
__decorate([
    Field(() => Person),
    __metadata("design:type", Object)
], PersonLink.prototype, "from", void 0);
__decorate([
    Field(() => Person),
    __metadata("design:type", Object)
], PersonLink.prototype, "to", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], PersonLink.prototype, "strength", void 0);
__decorate([
    Field(() => LocalDateResolver, { nullable: true }),
    __metadata("design:type", Object)
], PersonLink.prototype, "lastContactAt", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PersonLink.prototype, "note", void 0);
__decorate([
    Field(() => LocalDateResolver, { nullable: true }),
    __metadata("design:type", Object)
], PersonLink.prototype, "since", void 0);
PersonLink = __decorate([
    ObjectType({ description: 'A directed link between two people, as written by a mutation.' })
], PersonLink);
export { PersonLink };
//# sourceMappingURL=relationship.type.js.map