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
import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../common/connection.type.js';
import { DirectionEnum, InteractionKindEnum, MeetingLevelEnum } from '../../common/enums.type.js';
let Interaction = class Interaction {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], Interaction.prototype, "id", void 0);
__decorate([
    Field(() => InteractionKindEnum),
    __metadata("design:type", String)
], Interaction.prototype, "kind", void 0);
__decorate([
    Field(() => LocalDateResolver, { description: 'The day it took place (a date: strength decays by whole days, DESIGN §4).' }),
    __metadata("design:type", String)
], Interaction.prototype, "at", void 0);
__decorate([
    Field(() => DirectionEnum, { nullable: true, description: 'Emails only.' }),
    __metadata("design:type", Object)
], Interaction.prototype, "direction", void 0);
__decorate([
    Field(() => MeetingLevelEnum, { nullable: true, description: 'Meetings and visits only.' }),
    __metadata("design:type", Object)
], Interaction.prototype, "level", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], Interaction.prototype, "subject", void 0);
Interaction = __decorate([
    ObjectType({ description: 'One dated contact between people of both sides (DESIGN §2): participants TOOK_PART, it is ABOUT an account.' })
], Interaction);
export { Interaction };
export const InteractionConnection = Connection('Interaction', Interaction);
//# sourceMappingURL=interaction.type.js.map