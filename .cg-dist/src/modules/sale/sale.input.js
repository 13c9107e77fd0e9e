var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../common/connection.type.js';
let SaleInput = class SaleInput {
};
__decorate([
    Field(() => ID, { description: 'The company or unit that bought (a customer-side account).' }),
    __metadata("design:type", String)
], SaleInput.prototype, "accountId", void 0);
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], SaleInput.prototype, "productId", void 0);
__decorate([
    Field(() => String, { description: 'YYYY-MM or YYYY; not beginning after this month.' }),
    __metadata("design:type", String)
], SaleInput.prototype, "period", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], SaleInput.prototype, "revenue", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], SaleInput.prototype, "volume", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], SaleInput.prototype, "listRevenue", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'May be negative; not above the revenue.' }),
    __metadata("design:type", Object)
], SaleInput.prototype, "contributionMargin", void 0);
SaleInput = __decorate([
    InputType({ description: 'One sale: its key (account, product, period) and figures. Money in one currency, 0 or more.' })
], SaleInput);
export { SaleInput };
let CompanySalesArgs = class CompanySalesArgs extends PageArgs {
};
__decorate([
    Field(() => String, { nullable: true, description: 'Only sales overlapping this period (YYYY, YYYY-MM or FROM..TO).' }),
    __metadata("design:type", Object)
], CompanySalesArgs.prototype, "period", void 0);
__decorate([
    Field(() => ID, { nullable: true }),
    __metadata("design:type", Object)
], CompanySalesArgs.prototype, "productId", void 0);
__decorate([
    Field(() => Boolean, { nullable: true, description: 'Also the sales of every unit under this company (default false).' }),
    __metadata("design:type", Object)
], CompanySalesArgs.prototype, "includeUnits", void 0);
CompanySalesArgs = __decorate([
    ArgsType()
], CompanySalesArgs);
export { CompanySalesArgs };
//# sourceMappingURL=sale.input.js.map