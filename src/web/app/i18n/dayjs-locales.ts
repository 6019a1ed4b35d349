// Mantine's calendar names months and weekdays through dayjs: each interface language's
// dayjs locale registers itself on import (a few hundred bytes each).
import 'dayjs/locale/vi';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/lo';
import 'dayjs/locale/km';
import 'dayjs/locale/th';
import type { Locale } from '../../../shared/locales.ts';

export const DAYJS_LOCALE: Record<Locale, string> = { vi: 'vi', en: 'en-gb', lo: 'lo', km: 'km', th: 'th' };
