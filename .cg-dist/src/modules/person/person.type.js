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
import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { SENSITIVE_READERS } from '../../auth/identity.js';
import { AttitudeEnum, BuyingRoleEnum, DecisionLevelEnum, FunctionEnum } from '../../common/enums.type.js';
import { Connection } from '../../common/connection.type.js';
let Person = class Person {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], Person.prototype, "id", void 0);
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], Person.prototype, "name", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], Person.prototype, "email", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], Person.prototype, "title", void 0);
__decorate([
    Field(() => FunctionEnum, { nullable: true }),
    __metadata("design:type", Object)
], Person.prototype, "function", void 0);
__decorate([
    Field(() => DecisionLevelEnum, { nullable: true }),
    __metadata("design:type", Object)
], Person.prototype, "decisionLevel", void 0);
__decorate([
    Field(() => BuyingRoleEnum, { nullable: true }),
    __metadata("design:type", Object)
], Person.prototype, "buyingRole", void 0);
__decorate([
    Authorized(SENSITIVE_READERS),
    Field(() => AttitudeEnum, { nullable: true }),
    __metadata("design:type", Object)
], Person.prototype, "attitude", void 0);
__decorate([
    Field(() => Boolean),
    __metadata("design:type", Boolean)
], Person.prototype, "active", void 0);
__decorate([
    Field(() => LocalDateResolver, { nullable: true }),
    __metadata("design:type", Object)
], Person.prototype, "leftAt", void 0);
Person = __decorate([
    ObjectType({ description: "Anyone: our employees and the customers' contacts alike (DESIGN §2)." })
], Person);
export { Person };
export const PersonConnection = Connection('Person', Person);
//# sourceMappingURL=person.type.js.map