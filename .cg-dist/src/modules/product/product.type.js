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
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../common/connection.type.js';
let Product = class Product {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], Product.prototype, "id", void 0);
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], Product.prototype, "name", void 0);
__decorate([
    Field(() => String, { description: 'Its product family: cross-sell breadth and white space count families.' }),
    __metadata("design:type", String)
], Product.prototype, "family", void 0);
__decorate([
    Field(() => LocalDateResolver, { nullable: true, description: 'When it was launched: the price mix counts products launched recently as new.' }),
    __metadata("design:type", Object)
], Product.prototype, "launchedAt", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'List price per unit of volume, before discounts.' }),
    __metadata("design:type", Object)
], Product.prototype, "listPrice", void 0);
Product = __decorate([
    ObjectType({ description: 'What we sell (DESIGN §2): one item of the catalogue, visible to every identity (docs/commercial.md).' })
], Product);
export { Product };
export const ProductConnection = Connection('Product', Product);
//# sourceMappingURL=product.type.js.map