/**
 * The case file for `evaluateCase`: one defendant's history as at `asOf` (contract v2) — the main application,
 * every order, the person's notification record, a discharge request and incidents. The cross-field checks
 * here are about structure (an id that names nothing, two orders with one id); what the law forbids but a
 * record can contain is answered by the rules with a verdict.
 */
import * as z from "zod/mini";
import { strictObject } from "./strict-object";
import { compareWhen, tryParseWhen } from "../../core/calendar";
import { LocalDateSchema, WhenSchema } from "../../core/date-schemas";
import { POLICY_NAMES, ApplicationInputSchema, PolicySchema } from "./application";
import { IdSchema, type Ctx } from "./common";
import { DischargeRequestShape } from "./discharge";
import { CaseIncidentSchema, incidentWhen, incidentWhenField, type CaseIncident } from "./incident";
import { checkSexOffenderNotification, forceJurisdiction, notificationPartsShape } from "./notification";
import { JURISDICTION_NAMES, type Jurisdiction } from "../../core/jurisdiction";
import { OrderSchema, type Order } from "./order";

/** The case file's discharge request: as for `assessDischarge`, naming the order when the history has several. */
export const CaseDischargeSchema = strictObject({ orderId: z.optional(IdSchema), ...DischargeRequestShape });

const shape = {
  $schema: z.optional(z.string()),
  description: z.optional(z.string()),
  asOf: WhenSchema,
  convictedOn: z.optional(LocalDateSchema),
  policy: z.optional(z.union([z.enum(POLICY_NAMES), PolicySchema])),
  application: z.optional(ApplicationInputSchema),
  orders: z.optional(z.array(OrderSchema)),
  order: z.optional(OrderSchema),
  notification: z.optional(strictObject(notificationPartsShape)),
  discharge: z.optional(CaseDischargeSchema),
  incidents: z.optional(z.array(CaseIncidentSchema)),
};

type Shape = z.output<z.ZodMiniObject<typeof shape>>;

/** The orders of a case file with the path each is named by (`orders[2]`, or `order` for the shorthand). */
export function caseOrders(file: Pick<Shape, "order" | "orders">): { order: Order; path: string }[] {
  if (file.order !== undefined) return [{ order: file.order, path: "order" }];
  return (file.orders ?? []).map((order, i) => ({ order, path: `orders[${i}]` }));
}

/** Path segments for an order path made by {@link caseOrders}. */
function segments(path: string): PropertyKey[] {
  const m = /^orders\[(\d+)\]$/.exec(path);
  return m === null ? [path] : ["orders", Number(m[1])];
}

function checkOrders(file: Shape, ctx: Ctx): Map<string, { order: Order; path: string }> {
  const byId = new Map<string, { order: Order; path: string }>();
  if (file.order !== undefined && file.orders !== undefined) {
    ctx.addIssue({ code: "custom", path: ["orders"], message: "cannot be given with order: use orders alone for a history, or order for one order" });
  }
  const orders = caseOrders(file);
  for (const entry of orders) {
    const id = entry.order.id;
    if (id === undefined) {
      if (orders.length > 1) ctx.addIssue({ code: "custom", path: [...segments(entry.path), "id"], message: "is required when the case has more than one order" });
      continue;
    }
    const earlier = byId.get(id);
    if (earlier !== undefined) {
      ctx.addIssue({ code: "custom", path: [...segments(entry.path), "id"], message: `is also the id of ${earlier.path}; every order needs its own id` });
      continue;
    }
    byId.set(id, entry);
  }
  for (const entry of orders) {
    const named = entry.order.replacesInterimOrder;
    if (typeof named !== "string") continue;
    const path = [...segments(entry.path), "replacesInterimOrder"];
    const target = byId.get(named);
    if (target === undefined) {
      ctx.addIssue({ code: "custom", path, message: "is not the id of an order in orders (use true if the interim order is not in the history)" });
    } else if (target.order.kind !== "interim") {
      ctx.addIssue({ code: "custom", path, message: `names ${target.path}, a full order: only an interim order can be replaced` });
    } else {
      const a = tryParseWhen(target.order.madeAt ?? target.order.madeOn);
      const b = tryParseWhen(entry.order.madeAt ?? entry.order.madeOn);
      if (a !== null && b !== null && compareWhen(a, b) === 1) ctx.addIssue({ code: "custom", path, message: `names ${target.path}, an interim order made after this order` });
    }
  }
  return byId;
}

function checkIncidents(file: Shape, byId: Map<string, { order: Order; path: string }>, ctx: Ctx): void {
  const orders = caseOrders(file);
  // Which orders have each term id, and how many times: built once, so each incident is a lookup.
  const holders = new Map<string, { path: string; count: number }[]>();
  for (const { order, path } of orders) {
    const counts = new Map<string, number>();
    for (const t of order.terms) counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
    for (const [id, count] of counts) {
      let list = holders.get(id);
      if (list === undefined) holders.set(id, (list = []));
      list.push({ path, count });
    }
  }
  // Refinements run even when a field failed its own check (zod continues after refinement issues), so every
  // date is parsed defensively here.
  const asOf = tryParseWhen(file.asOf);
  (file.incidents ?? []).forEach((incident: CaseIncident, i) => {
    const at = tryParseWhen(incidentWhen(incident));
    const named = incident.orderId === undefined ? undefined : byId.get(incident.orderId);
    if (incident.orderId !== undefined && named === undefined) {
      ctx.addIssue({ code: "custom", path: ["incidents", i, "orderId"], message: "is not the id of an order in orders" });
      return;
    }
    if (incident.type === "term-breached") {
      const list = holders.get(incident.termId) ?? [];
      const relevant = named === undefined ? list : list.filter((h) => h.path === named.path);
      if (relevant.length === 0) {
        ctx.addIssue({
          code: "custom",
          path: ["incidents", i, "termId"],
          message: named === undefined ? "is not the id of a term of any order" : `is not the id of a term of ${named.path}`,
        });
      }
      const repeated = relevant.find((h) => h.count > 1);
      if (repeated !== undefined) {
        ctx.addIssue({ code: "custom", path: ["incidents", i, "termId"], message: `names more than one term of ${repeated.path}, so the term meant cannot be told` });
      }
    }
    const convicted = tryParseWhen(incident.convictedOn ?? file.convictedOn);
    if (convicted !== null && at !== null && asOf !== null && at.date <= asOf.date && convicted.date < at.date) {
      const path = incident.convictedOn === undefined ? ["convictedOn"] : ["incidents", i, "convictedOn"];
      ctx.addIssue({ code: "custom", path, message: `is before incidents[${i}] (${incidentWhenField(incident)} ${at.date})` });
    }
  });
}

/** The forces of a case file that decide its jurisdiction, with their paths: the application's, then each order's. */
function deciders(file: Shape): { force: unknown; path: PropertyKey[] }[] {
  const out: { force: unknown; path: PropertyKey[] }[] = [];
  if (file.application !== undefined) out.push({ force: file.application.applicant.force, path: ["application", "applicant", "force"] });
  for (const { order, path } of caseOrders(file)) out.push({ force: order.applicantForce, path: [...segments(path), "applicantForce"] });
  return out;
}

/**
 * The case's jurisdiction: that of its applying forces, which must agree (a case is in one jurisdiction), or
 * England and Wales when none is recorded.
 */
export function caseJurisdiction(file: Pick<Shape, "application" | "order" | "orders">): Jurisdiction {
  for (const d of deciders(file as Shape)) {
    const j = forceJurisdiction(d.force);
    if (j !== undefined) return j;
  }
  return "england-and-wales";
}

function checkJurisdiction(file: Shape, ctx: Ctx): Jurisdiction | undefined {
  let first: { jurisdiction: Jurisdiction; path: PropertyKey[] } | undefined;
  for (const d of deciders(file)) {
    const j = forceJurisdiction(d.force);
    if (j === undefined) continue;
    if (first === undefined) first = { jurisdiction: j, path: d.path };
    else if (j !== first.jurisdiction) {
      ctx.addIssue({
        code: "custom",
        path: d.path,
        message: `is a force in ${JURISDICTION_NAMES[j]}, but ${joinSegments(first.path)} is in ${JURISDICTION_NAMES[first.jurisdiction]}: a case is in one jurisdiction`,
      });
    }
  }
  return first?.jurisdiction;
}

/** Segments as a dotted path: ["orders", 0, "applicantForce"] → "orders[0].applicantForce". */
function joinSegments(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, s) => (typeof s === "number" ? `${out}[${s}]` : out === "" ? String(s) : `${out}.${String(s)}`), "");
}

/** A Northern Ireland case has no BCU rule: no published PSNI practice requires one (the Act alone applies). */
function checkNorthernIrelandPolicy(policy: Shape["policy"], ctx: Ctx): void {
  if (policy === "superintendent-in-bcu" || policy === "metropolitan") {
    ctx.addIssue({ code: "custom", path: ["policy"], message: 'is a BCU policy, which does not apply in Northern Ireland: use "statutory" or a policy with requireSameBcu false' });
  } else if (typeof policy === "object" && policy.requireSameBcu) {
    ctx.addIssue({ code: "custom", path: ["policy", "requireSameBcu"], message: "must be false in Northern Ireland: the PSNI has no BCU rule for applications" });
  }
}

/** Whether day `a` is before day `b`, both valid (a field that failed its own check is not compared). */
function isBefore(a: string, b: string): boolean {
  const x = tryParseWhen(a);
  const y = tryParseWhen(b);
  return x !== null && y !== null && x.date < y.date;
}

/** A whole case file for `evaluateCase`: what is known about one defendant's history as at `asOf`. */
export const CaseFileSchema = strictObject(shape).check(z.superRefine((file, ctx) => {
  const byId = checkOrders(file, ctx);
  const orders = caseOrders(file);
  for (const key of ["notification", "discharge", "incidents"] as const) {
    if (file[key] !== undefined && orders.length === 0) {
      ctx.addIssue({ code: "custom", path: [key], message: "needs the order it relates to (add order or orders)" });
    }
  }
  const firstMade = orders.map((o) => o.order.madeOn).sort()[0];
  const jurisdiction = checkJurisdiction(file, ctx);
  checkSexOffenderNotification(firstMade, file.notification?.sexOffenderNotification, ctx, ["notification", "sexOffenderNotification"], jurisdiction);
  if (jurisdiction === "northern-ireland") checkNorthernIrelandPolicy(file.policy, ctx);
  checkIncidents(file, byId, ctx);
  const discharge = file.discharge;
  if (discharge !== undefined && orders.length > 0) {
    const target = discharge.orderId === undefined ? (orders.length === 1 ? orders[0] : undefined) : byId.get(discharge.orderId);
    if (discharge.orderId === undefined && orders.length > 1) {
      ctx.addIssue({ code: "custom", path: ["discharge", "orderId"], message: "is required when the case has more than one order" });
    } else if (target === undefined) {
      ctx.addIssue({ code: "custom", path: ["discharge", "orderId"], message: "is not the id of an order in orders" });
    } else if (isBefore(discharge.on, target.order.madeOn)) {
      ctx.addIssue({ code: "custom", path: ["discharge", "on"], message: `is before the order was made (${target.order.madeOn})` });
    }
  }
  const asOf = tryParseWhen(file.asOf);
  const applied = tryParseWhen(file.application?.madeOn);
  if (asOf !== null && applied !== null && applied.date > asOf.date) {
    ctx.addIssue({ code: "custom", path: ["application", "madeOn"], message: `is after asOf (${asOf.date})` });
  }
}));

/** A whole case file. */
export type CaseFile = z.output<typeof CaseFileSchema>;
/** The case file's discharge request. */
export type CaseDischarge = z.output<typeof CaseDischargeSchema>;
