/** The dialogues and meetings register (issue 15): meetings, items raised at them, their conclusions. */
export { createMeetingsService, type MeetingsService } from './meetings.service.ts';
export { meetingsRoutes } from './meetings.routes.ts';
export { loadDemoMeetings } from './seeds/load-demo-meetings.ts';
