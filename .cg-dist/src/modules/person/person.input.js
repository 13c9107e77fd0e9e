var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { EmailAddressResolver, LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { AttitudeEnum, BuyingRoleEnum, DecisionLevelEnum, FunctionEnum } from '../../common/enums.type.js';
import { PageArgs } from '../../common/connection.type.js';
let PersonInput = class PersonInput {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], PersonInput.prototype, "id", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'Required when creating.' }),
    __metadata("design:type", Object)
], PersonInput.prototype, "name", void 0);
__decorate([
    Field(() => EmailAddressResolver, { nullable: true }),
    __metadata("design:type", Object)
], PersonInput.prototype, "email", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PersonInput.prototype, "title", void 0);
__decorate([
    Field(() => FunctionEnum, { nullable: true }),
    __metadata("design:type", Object)
], PersonInput.prototype, "function", void 0);
__decorate([
    Field(() => DecisionLevelEnum, { nullable: true }),
    __metadata("design:type", Object)
], PersonInput.prototype, "decisionLevel", void 0);
__decorate([
    Field(() => BuyingRoleEnum, { nullable: true }),
    __metadata("design:type", Object)
], PersonInput.prototype, "buyingRole", void 0);
__decorate([
    Field(() => AttitudeEnum, { nullable: true }),
    __metadata("design:type", Object)
], PersonInput.prototype, "attitude", void 0);
__decorate([
    Field(() => Boolean, { nullable: true, description: 'Defaults to true when creating; false once the person left.' }),
    __metadata("design:type", Object)
], PersonInput.prototype, "active", void 0);
__decorate([
    Field(() => LocalDateResolver, { nullable: true, description: 'When the person left; implies active: false.' }),
    __metadata("design:type", Object)
], PersonInput.prototype, "leftAt", void 0);
PersonInput = __decorate([
    InputType({ description: 'Creates a person, or updates the fields given (omitted fields keep their value).' })
], PersonInput);
export { PersonInput };
let PeopleArgs = class PeopleArgs extends PageArgs {
};
__decorate([
    Field(() => FunctionEnum, { nullable: true }),
    __metadata("design:type", Object)
], PeopleArgs.prototype, "function", void 0);
__decorate([
    Field(() => BuyingRoleEnum, { nullable: true }),
    __metadata("design:type", Object)
], PeopleArgs.prototype, "buyingRole", void 0);
__decorate([
    Field(() => DecisionLevelEnum, { nullable: true }),
    __metadata("design:type", Object)
], PeopleArgs.prototype, "decisionLevel", void 0);
__decorate([
    Field(() => Boolean, { nullable: true }),
    __metadata("design:type", Object)
], PeopleArgs.prototype, "active", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name.' }),
    __metadata("design:type", Object)
], PeopleArgs.prototype, "search", void 0);
PeopleArgs = __decorate([
    ArgsType()
], PeopleArgs);
export { PeopleArgs };
//# sourceMappingURL=person.input.js.map