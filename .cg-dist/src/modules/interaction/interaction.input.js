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
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../common/connection.type.js';
import { DirectionEnum, InteractionKindEnum, MeetingLevelEnum } from '../../common/enums.type.js';
let InteractionInput = class InteractionInput {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], InteractionInput.prototype, "id", void 0);
__decorate([
    Field(() => InteractionKindEnum),
    __metadata("design:type", String)
], InteractionInput.prototype, "kind", void 0);
__decorate([
    Field(() => LocalDateResolver, { description: 'The day it took place; not in the future.' }),
    __metadata("design:type", String)
], InteractionInput.prototype, "at", void 0);
__decorate([
    Field(() => DirectionEnum, { nullable: true, description: 'Emails only.' }),
    __metadata("design:type", Object)
], InteractionInput.prototype, "direction", void 0);
__decorate([
    Field(() => MeetingLevelEnum, { nullable: true, description: 'Meetings and visits only.' }),
    __metadata("design:type", Object)
], InteractionInput.prototype, "level", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], InteractionInput.prototype, "subject", void 0);
__decorate([
    Field(() => [ID], { description: 'Who took part: at least one of our people and one contact, each once.' }),
    __metadata("design:type", Array)
], InteractionInput.prototype, "participantIds", void 0);
__decorate([
    Field(() => ID, { description: 'The account (a customer-side company or unit) it is about.' }),
    __metadata("design:type", String)
], InteractionInput.prototype, "accountId", void 0);
InteractionInput = __decorate([
    InputType({ description: 'Records an interaction, or corrects the one with this id: every field and link is replaced by what is given.' })
], InteractionInput);
export { InteractionInput };
let InteractionsArgs = class InteractionsArgs extends PageArgs {
};
__decorate([
    Field(() => InteractionKindEnum, { nullable: true }),
    __metadata("design:type", Object)
], InteractionsArgs.prototype, "kind", void 0);
__decorate([
    Field(() => LocalDateResolver, { nullable: true, description: 'On or after this day.' }),
    __metadata("design:type", Object)
], InteractionsArgs.prototype, "from", void 0);
__decorate([
    Field(() => LocalDateResolver, { nullable: true, description: 'On or before this day.' }),
    __metadata("design:type", Object)
], InteractionsArgs.prototype, "to", void 0);
InteractionsArgs = __decorate([
    ArgsType()
], InteractionsArgs);
export { InteractionsArgs };
//# sourceMappingURL=interaction.input.js.map