/** The meetings feature's public surface: its pages. */
export { MeetingsPage } from './MeetingsPage.tsx';
export { MeetingPage } from './MeetingPage.tsx';
