// Every panel of the account page, in the order they appear. A new capability of the API gets a panel
// by adding a module beside these and one line here.
import { auditPanel } from './audit.js';
import { busFactorPanel } from './bus-factor.js';
import { coveragePanel } from './coverage.js';
import { crossFunctionalPanel } from './cross-functional.js';
import { departurePanel } from './departure.js';
import { detailsPanel } from './details.js';
import { influencePanel } from './influence.js';
import { interactionsPanel } from './interactions.js';
import { meetingsPanel } from './meetings.js';
import type { Panel } from './panel.js';
import { pathsPanel } from './paths.js';
import { risksPanel } from './risks.js';
import { teamPanel } from './team.js';
import { trendPanel } from './trend.js';
import { commercialPanel } from './commercial.js';
import { signalsPanel } from './signals.js';
import { planPanel } from './plan.js';

export const PANELS: readonly Panel[] = [
  detailsPanel,
  risksPanel,
  coveragePanel,
  busFactorPanel,
  departurePanel,
  pathsPanel,
  influencePanel,
  trendPanel,
  signalsPanel,
  commercialPanel,
  planPanel,
  meetingsPanel,
  interactionsPanel,
  teamPanel,
  crossFunctionalPanel,
  auditPanel,
];
