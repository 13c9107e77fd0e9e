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
import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../common/connection.type.js';
let ProductInput = class ProductInput {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], ProductInput.prototype, "id", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'Required when creating.' }),
    __metadata("design:type", Object)
], ProductInput.prototype, "name", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'Required when creating.' }),
    __metadata("design:type", Object)
], ProductInput.prototype, "family", void 0);
__decorate([
    Field(() => LocalDateResolver, { nullable: true }),
    __metadata("design:type", Object)
], ProductInput.prototype, "launchedAt", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'Per unit of volume; 0 or more.' }),
    __metadata("design:type", Object)
], ProductInput.prototype, "listPrice", void 0);
ProductInput = __decorate([
    InputType({ description: 'Creates a product, or updates the fields given (omitted fields keep their value; null clears an optional one).' })
], ProductInput);
export { ProductInput };
let ProductsArgs = class ProductsArgs extends PageArgs {
};
__decorate([
    Field(() => String, { nullable: true, description: 'Only this family.' }),
    __metadata("design:type", Object)
], ProductsArgs.prototype, "family", void 0);
ProductsArgs = __decorate([
    ArgsType()
], ProductsArgs);
export { ProductsArgs };
//# sourceMappingURL=product.input.js.map