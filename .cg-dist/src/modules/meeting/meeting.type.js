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
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { MeetingLevelEnum } from '../../common/enums.type.js';
import { Person } from '../person/person.type.js';
let LevelCadence = class LevelCadence {
};
__decorate([
    Field(() => MeetingLevelEnum),
    __metadata("design:type", String)
], LevelCadence.prototype, "level", void 0);
__decorate([
    Field(() => Int, { description: 'Meetings and visits of this level about the account or any unit under it, dated in (asOf − 365 days, asOf].' }),
    __metadata("design:type", Number)
], LevelCadence.prototype, "meetings", void 0);
__decorate([
    Field(() => LocalDateResolver, { nullable: true, description: 'The latest meeting of this level on or before asOf (even before the 365 days); null when there is none.' }),
    __metadata("design:type", Object)
], LevelCadence.prototype, "last", void 0);
__decorate([
    Field(() => Int, { description: 'The cadence: meetings a year this level should have.' }),
    __metadata("design:type", Number)
], LevelCadence.prototype, "target", void 0);
__decorate([
    Field(() => Boolean, { description: 'meetings ≥ target.' }),
    __metadata("design:type", Boolean)
], LevelCadence.prototype, "met", void 0);
LevelCadence = __decorate([
    ObjectType({ description: 'One level of the meeting structure (DESIGN §4): its meetings in the 365 days up to asOf and its cadence.' })
], LevelCadence);
export { LevelCadence };
let MeetingStructure = class MeetingStructure {
};
__decorate([
    Field(() => LocalDateResolver),
    __metadata("design:type", String)
], MeetingStructure.prototype, "asOf", void 0);
__decorate([
    Field(() => [LevelCadence], { description: 'STRATEGIC, TACTICAL, OPERATIONAL, in that order.' }),
    __metadata("design:type", Array)
], MeetingStructure.prototype, "levels", void 0);
__decorate([
    Field(() => [Person], { description: "The account's decision makers (active contacts of it or its units, DECISION_MAKER or ECONOMIC_BUYER) who took part in a strategic meeting in the window, by id." }),
    __metadata("design:type", Array)
], MeetingStructure.prototype, "decisionMakersInStrategic", void 0);
__decorate([
    Field(() => [Person], { description: 'The decision makers who took part in none, by id.' }),
    __metadata("design:type", Array)
], MeetingStructure.prototype, "decisionMakersNotInStrategic", void 0);
MeetingStructure = __decorate([
    ObjectType({ description: 'DESIGN §4 "Meeting structure" of an account and its units.' })
], MeetingStructure);
export { MeetingStructure };
let MeetingStructureArgs = class MeetingStructureArgs {
};
__decorate([
    Field(() => LocalDateResolver, { nullable: true, description: 'The day to judge at (default today, UTC); later interactions do not count.' }),
    __metadata("design:type", Object)
], MeetingStructureArgs.prototype, "asOf", void 0);
__decorate([
    Field(() => Int, { nullable: true, description: 'Strategic meetings a year the cadence asks for (default 2).' }),
    __metadata("design:type", Object)
], MeetingStructureArgs.prototype, "strategicPerYear", void 0);
__decorate([
    Field(() => Int, { nullable: true, description: 'Tactical meetings a year the cadence asks for (default 4).' }),
    __metadata("design:type", Object)
], MeetingStructureArgs.prototype, "tacticalPerYear", void 0);
__decorate([
    Field(() => Int, { nullable: true, description: 'Operational meetings a year the cadence asks for (default 12).' }),
    __metadata("design:type", Object)
], MeetingStructureArgs.prototype, "operationalPerYear", void 0);
MeetingStructureArgs = __decorate([
    ArgsType()
], MeetingStructureArgs);
export { MeetingStructureArgs };
//# sourceMappingURL=meeting.type.js.map