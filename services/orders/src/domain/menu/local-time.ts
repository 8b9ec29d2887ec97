/** A moment as a location's wall clock shows it: ISO weekday (1 = Monday) and seconds since midnight. */
export interface LocalTime {
  weekday: number;
  secondsOfDay: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

// Building a DateTimeFormat costs far more than using one; a location's zone is reused for every order.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timezone: string): Intl.DateTimeFormat {
  let format = formats.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timezone, format);
  }
  return format;
}

/** `at` in `timezone` (IANA), daylight saving time included, as the restaurant's clock reads it. */
export function localTime(at: Date, timezone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const p of formatFor(timezone).formatToParts(at)) parts[p.type] = p.value;
  return {
    weekday: WEEKDAYS[parts.weekday!]!,
    secondsOfDay: Number(parts.hour) * 3600 + Number(parts.minute) * 60 + Number(parts.second),
  };
}

/** 'HH:MM' or 'HH:MM:SS' (up to '24:00') as seconds since midnight. */
export function secondsOf(time: string): number {
  const [h = 0, m = 0, s = 0] = time.split(':').map(Number);
  return h * 3600 + m * 60 + s;
}
