/**
 * Rule ids, their variants and params, as the English catalogue defines them; and the English sentence of a
 * finding. Every sentence a rule can say is in `english/`, one file per part of the Act.
 */
import { englishRuleMessages } from "./english";
import type { Params } from "./types";

/** The English sentences of every rule, by rule id and variant. */
export type RuleMessages = typeof englishRuleMessages;

/** Every rule id the library emits. */
export type RuleId = keyof RuleMessages;

/** The variants (which sentence) of a rule. */
export type VariantOf<R extends RuleId> = keyof RuleMessages[R] & string;

/** The params a rule's variant mentions. */
export type ParamsOf<R extends RuleId, V extends VariantOf<R>> = RuleMessages[R][V] extends (p: infer P) => string ? (unknown extends P ? Record<string, never> : P) : never;

/** Every rule id, in a fixed order. */
export const RULE_IDS = Object.freeze(Object.keys(englishRuleMessages)) as readonly RuleId[];

type Sayings = Readonly<Record<string, (p: Params) => string>>;

/**
 * The catalogue by rule id as a Map, built on first use: the merged catalogue is an object of a few hundred keys,
 * which V8 keeps in dictionary mode, and a finding's sentence is looked up for every finding of every report.
 */
let byRule: Map<string, Sayings> | undefined;

/** The English sentence for a finding. */
export function englishReason(rule: RuleId, variant: string, params: Params): string {
  byRule ??= new Map(Object.entries(englishRuleMessages as unknown as Record<string, Sayings>));
  const say = byRule.get(rule)?.[variant];
  return say === undefined ? `${rule}: ${variant}` : say(params);
}
