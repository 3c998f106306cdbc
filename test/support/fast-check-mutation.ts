// Mutation runs execute the property tests once per mutant: fewer runs each keeps the run within hours,
// while every property is still checked against every mutant that its tests cover. The calendar's caches are
// emptied before each test, so a date parsed under one mutant is parsed again under the next.
import fc from "fast-check";
import { beforeEach } from "vitest";
import { clearCalendarCaches } from "../../src/core/calendar";

fc.configureGlobal({ numRuns: 15 });
beforeEach(() => clearCalendarCaches());
