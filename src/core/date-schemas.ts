/**
 * The zod schemas of the London calendar's strings (a day, an instant, either), for the input schemas and the
 * JSON Schemas. Each accepts exactly what the calendar accepts and says why it does not, in the calendar's words.
 */
import * as z from "zod/mini";
import { DATE_RE, INSTANT_RE, instantProblem, localDateProblem, whenProblem } from "./calendar";

/** A string schema whose values `problemOf` accepts, with its own messages. */
function checkedString(problemOf: (text: string) => string | null, meta: { description: string; pattern?: string }) {
  return z
    .string().check(z.superRefine((text, ctx) => {
      const problem = problemOf(text);
      if (problem !== null) ctx.addIssue({ code: "custom", message: problem });
    })).check(z.meta(meta));
}

/**
 * A real calendar day written `YYYY-MM-DD` (`2026-02-30` is an input error).
 * @see ../../docs/guide.md#dates-and-time-zones
 */
export const LocalDateSchema = checkedString(localDateProblem, {
  description: "A calendar day in England and Wales, YYYY-MM-DD.",
  pattern: DATE_RE.source,
});

/**
 * An ISO 8601 date-time with `Z` or an offset; without one it is London wall-clock time, which must
 * exist and be unambiguous on clock-change nights.
 */
export const InstantSchema = checkedString(instantProblem, {
  description: "An ISO 8601 date-time; without an offset it is Europe/London wall-clock time.",
  pattern: INSTANT_RE.source,
});

/** A `LocalDate` or an `Instant`. */
export const WhenSchema = checkedString(whenProblem, {
  description: "A calendar day (YYYY-MM-DD) or an ISO 8601 date-time (London wall-clock time if no offset).",
});
