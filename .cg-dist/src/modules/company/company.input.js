var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { CompanyKindEnum, UnitLevelEnum } from '../../common/enums.type.js';
import { PageArgs } from '../../common/connection.type.js';
let CompanyInput = class CompanyInput {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], CompanyInput.prototype, "id", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'Required when creating.' }),
    __metadata("design:type", Object)
], CompanyInput.prototype, "name", void 0);
__decorate([
    Field(() => CompanyKindEnum, { nullable: true, description: 'Required when creating.' }),
    __metadata("design:type", Object)
], CompanyInput.prototype, "kind", void 0);
__decorate([
    Field(() => UnitLevelEnum, { nullable: true }),
    __metadata("design:type", Object)
], CompanyInput.prototype, "unitLevel", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], CompanyInput.prototype, "country", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], CompanyInput.prototype, "segment", void 0);
__decorate([
    Field(() => Boolean, { nullable: true }),
    __metadata("design:type", Object)
], CompanyInput.prototype, "isKeyAccount", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], CompanyInput.prototype, "tier", void 0);
CompanyInput = __decorate([
    InputType({ description: 'Creates a company, or updates the fields given (omitted fields keep their value).' })
], CompanyInput);
export { CompanyInput };
let CompaniesArgs = class CompaniesArgs extends PageArgs {
};
__decorate([
    Field(() => CompanyKindEnum, { nullable: true }),
    __metadata("design:type", Object)
], CompaniesArgs.prototype, "kind", void 0);
__decorate([
    Field(() => Boolean, { nullable: true }),
    __metadata("design:type", Object)
], CompaniesArgs.prototype, "isKeyAccount", void 0);
__decorate([
    Field(() => UnitLevelEnum, { nullable: true }),
    __metadata("design:type", Object)
], CompaniesArgs.prototype, "unitLevel", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name.' }),
    __metadata("design:type", Object)
], CompaniesArgs.prototype, "search", void 0);
CompaniesArgs = __decorate([
    ArgsType()
], CompaniesArgs);
export { CompaniesArgs };
//# sourceMappingURL=company.input.js.map