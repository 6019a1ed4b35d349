/** The calendar of working days per country (issue 17): its stored days, their API and import, and the built calendar every count of working days reads. */
export { createCalendarService, ensureShippedHolidays, type CalendarService, type OnWorkingDaysChanged, type WorkingDaysChange } from './calendar.service.ts';
export { createHolidaysImport, HOLIDAY_COLUMNS, type HolidaysImport } from './import.service.ts';
export { calendarRoutes } from './calendar.routes.ts';
