/** The meetings feature's public surface: its pages, and the follow-up status badge the inspections pages show too. */
export { MeetingsPage } from './MeetingsPage.tsx';
export { MeetingPage } from './MeetingPage.tsx';
export { StatusBadge as FollowUpStatusBadge } from './StatusBadge.tsx';
