/** The steering feature: steering committees, their members and mergers, the key units they follow. */
export { createSteeringFeature, type SteeringFeature } from './steering.feature.ts';
export { followedMeasures, type FollowedMeasures } from './followed-measures.ts';
export { steeringRoutes } from './steering.routes.ts';
export { DEMO_FIRST_KEY_UNIT_YEAR, loadDemoSteering } from './seeds/load-demo-steering.ts';
export { DEMO_COMMITTEE_CODE } from './seeds/demo-steering.data.ts';
