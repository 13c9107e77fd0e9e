var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../common/connection.type.js';
let Sale = class Sale {
};
__decorate([
    Field(() => String, { description: 'YYYY-MM (a month) or YYYY (a year).' }),
    __metadata("design:type", String)
], Sale.prototype, "period", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], Sale.prototype, "revenue", void 0);
__decorate([
    Field(() => Float, { description: 'Units sold.' }),
    __metadata("design:type", Number)
], Sale.prototype, "volume", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'What the volume costs at list price; null when not given (the product list price then stands in).' }),
    __metadata("design:type", Object)
], Sale.prototype, "listRevenue", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'Revenue minus variable costs; null when unknown.' }),
    __metadata("design:type", Object)
], Sale.prototype, "contributionMargin", void 0);
Sale = __decorate([
    ObjectType({ description: 'What one account bought of one product in one period (DESIGN §2): BOUGHT by its account, OF its product (docs/commercial.md).' })
], Sale);
export { Sale };
export const SaleConnection = Connection('Sale', Sale);
let RecordSalesResult = class RecordSalesResult {
};
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], RecordSalesResult.prototype, "created", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], RecordSalesResult.prototype, "updated", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], RecordSalesResult.prototype, "unchanged", void 0);
__decorate([
    Field(() => [Sale], { description: 'The sales as given, in input order.' }),
    __metadata("design:type", Array)
], RecordSalesResult.prototype, "sales", void 0);
RecordSalesResult = __decorate([
    ObjectType({ description: 'What recordSales did: rows created, updated and unchanged (equal to what was stored: nothing written).' })
], RecordSalesResult);
export { RecordSalesResult };
//# sourceMappingURL=sale.type.js.map