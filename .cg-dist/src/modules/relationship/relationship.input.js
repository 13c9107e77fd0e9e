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
import { Field, Float, ID, InputType } from 'type-graphql';
import { TeamRoleEnum } from '../../common/enums.type.js';
let EmploymentInput = class EmploymentInput {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], EmploymentInput.prototype, "personId", void 0);
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], EmploymentInput.prototype, "companyId", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], EmploymentInput.prototype, "title", void 0);
__decorate([
    Field(() => LocalDateResolver, { nullable: true }),
    __metadata("design:type", Object)
], EmploymentInput.prototype, "since", void 0);
EmploymentInput = __decorate([
    InputType({ description: 'Sets the employer of a person (WORKS_AT; one employer at a time).' })
], EmploymentInput);
export { EmploymentInput };
let ParentUnitInput = class ParentUnitInput {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], ParentUnitInput.prototype, "unitId", void 0);
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], ParentUnitInput.prototype, "parentId", void 0);
ParentUnitInput = __decorate([
    InputType({ description: 'Makes a unit part of a parent unit (PART_OF; one parent at a time, no cycles).' })
], ParentUnitInput);
export { ParentUnitInput };
let ManagerInput = class ManagerInput {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], ManagerInput.prototype, "personId", void 0);
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], ManagerInput.prototype, "managerId", void 0);
__decorate([
    Field(() => LocalDateResolver, { nullable: true }),
    __metadata("design:type", Object)
], ManagerInput.prototype, "since", void 0);
ManagerInput = __decorate([
    InputType({ description: 'Sets the formal manager of a person (REPORTS_TO; one at a time, no cycles).' })
], ManagerInput);
export { ManagerInput };
let InfluenceInput = class InfluenceInput {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], InfluenceInput.prototype, "fromId", void 0);
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], InfluenceInput.prototype, "toId", void 0);
__decorate([
    Field(() => Float, { description: '0..1' }),
    __metadata("design:type", Number)
], InfluenceInput.prototype, "strength", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], InfluenceInput.prototype, "note", void 0);
__decorate([
    Field(() => LocalDateResolver, { nullable: true }),
    __metadata("design:type", Object)
], InfluenceInput.prototype, "since", void 0);
InfluenceInput = __decorate([
    InputType({ description: '`fromId` informally influences `toId` (INFLUENCES).' })
], InfluenceInput);
export { InfluenceInput };
let RelationshipInput = class RelationshipInput {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], RelationshipInput.prototype, "ourPersonId", void 0);
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], RelationshipInput.prototype, "contactId", void 0);
__decorate([
    Field(() => Float, { description: '0..1' }),
    __metadata("design:type", Number)
], RelationshipInput.prototype, "strength", void 0);
__decorate([
    Field(() => LocalDateResolver, { nullable: true }),
    __metadata("design:type", Object)
], RelationshipInput.prototype, "lastContactAt", void 0);
__decorate([
    Field(() => LocalDateResolver, { nullable: true }),
    __metadata("design:type", Object)
], RelationshipInput.prototype, "since", void 0);
RelationshipInput = __decorate([
    InputType({ description: 'One of our people (`ourPersonId`) holds a working relationship with a contact (KNOWS).' })
], RelationshipInput);
export { RelationshipInput };
let TeamMemberInput = class TeamMemberInput {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], TeamMemberInput.prototype, "personId", void 0);
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], TeamMemberInput.prototype, "accountId", void 0);
__decorate([
    Field(() => TeamRoleEnum),
    __metadata("design:type", String)
], TeamMemberInput.prototype, "role", void 0);
TeamMemberInput = __decorate([
    InputType({ description: 'Puts one of our people on an account team (ON_TEAM).' })
], TeamMemberInput);
export { TeamMemberInput };
//# sourceMappingURL=relationship.input.js.map