// Expand every event of iCalendar files the way Thunderbird does (Mozilla's ical.js).
// Usage: node expand_ics.mjs FROM_ISO UNTIL_ISO FILE.ics...
// Prints JSON {file: [{uid, start}]}, each start in UTC, for the occurrences in [FROM, UNTIL).
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const [fromIso, untilIso, ...files] = process.argv.slice(2);
const from = new Date(fromIso);
const until = new Date(untilIso);

function expand(file) {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const found = [];
  for (const vevent of calendar.getAllSubcomponents("vevent")) {
    const event = new ICAL.Event(vevent);
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const start = event.getOccurrenceDetails(next).startDate.toJSDate();
      if (start >= until) break;
      if (start >= from) found.push({ uid: event.uid, start: start.toISOString() });
    }
  }
  return found;
}

process.stdout.write(JSON.stringify(Object.fromEntries(files.map((f) => [f, expand(f)]))));
