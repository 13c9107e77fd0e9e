var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { Field, ID, ObjectType } from 'type-graphql';
import { CompanyKindEnum, UnitLevelEnum } from '../../common/enums.type.js';
import { Connection } from '../../common/connection.type.js';
let Company = class Company {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], Company.prototype, "id", void 0);
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], Company.prototype, "name", void 0);
__decorate([
    Field(() => CompanyKindEnum),
    __metadata("design:type", String)
], Company.prototype, "kind", void 0);
__decorate([
    Field(() => UnitLevelEnum, { nullable: true }),
    __metadata("design:type", Object)
], Company.prototype, "unitLevel", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], Company.prototype, "country", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], Company.prototype, "segment", void 0);
__decorate([
    Field(() => Boolean, { nullable: true }),
    __metadata("design:type", Object)
], Company.prototype, "isKeyAccount", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], Company.prototype, "tier", void 0);
Company = __decorate([
    ObjectType({ description: 'A legal entity or a unit of one; customer groups are trees of units (DESIGN §2).' })
], Company);
export { Company };
export const CompanyConnection = Connection('Company', Company);
//# sourceMappingURL=company.type.js.map