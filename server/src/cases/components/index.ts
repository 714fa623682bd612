// City components (部件): a pipe network's covers, valves and hydrants coded after GB/T 30428.2, read back.
export { importNetworkComponents } from './import-network-components.ts';
export type { NetworkComponentReport } from './import-network-components.ts';
export { planComponentCodes } from './plan-component-codes.ts';
export type { ComponentCandidate, StoredComponent, ComponentCodePlan } from './plan-component-codes.ts';
export { listComponents, readComponent, nearestComponent } from './read-components.ts';
export type { ComponentFeature, ComponentQuery, ComponentSource } from './read-components.ts';
