/** English sentences for grounds A–C (SPA 2019 s.1(1), s.2(1)). */

function act(kind: string, on: string): string {
  return `${kind.replace(/-/g, " ")}${on === "" ? "" : ` on ${on}`}`;
}

const NECESSITY_YES: Readonly<Record<string, string>> = {
  application: "It is judged that there is reasonable cause to believe the order is necessary to protect",
  court: "The court is satisfied that the order is necessary to protect",
};

export const groundsMessages = {
  "ground.A": {
    yes: (p: { kinds: readonly string[]; on: readonly string[] }) =>
      `The defendant has carried out ${p.kinds.length === 1 ? "an act" : `${p.kinds.length} acts`} associated with stalking (${p.kinds.map((k, i) => act(k, p.on[i] ?? "")).join("; ")}).`,
    undecided: () => "No recorded act is yet judged to be associated with stalking; an act of another kind counts only once it is judged to be.",
    "no-acts": () => "No act by the defendant is recorded, so there are no acts associated with stalking.",
    "none-associated": () => "None of the recorded acts is associated with stalking.",
  },
  "ground.A.when-and-where": {
    anywhere: () => "Acts count wherever in the world they were carried out and whenever, including before the Act came into force on 20 January 2020.",
  },
  "ground.B": {
    "judged-not": () => "The recorded judgement is that the defendant does not pose a risk associated with stalking to another person.",
    undecided: () => "Whether the defendant poses a risk associated with stalking to another person has not been judged.",
    "nobody-named": () => "A risk is recorded, but no person other than the defendant is named as at risk; the Act needs a risk to another person.",
    yes: (p: { people: readonly string[]; harm: readonly string[] }) =>
      `The defendant is judged to pose a risk associated with stalking to ${p.people.join(", ")}${p.harm.length === 0 ? "" : ` (${p.harm.join(" and ")} harm)`}.`,
  },
  "ground.C": {
    "judged-not": (p: { stage: string }) =>
      p.stage === "court" ? "The court is not satisfied that the order is necessary to protect another person." : "It is judged that there is no reasonable cause to believe the order is necessary to protect another person.",
    undecided: (p: { stage: string }) =>
      p.stage === "court"
        ? "Whether the court is satisfied that the order is necessary to protect another person is not recorded."
        : "Whether there is reasonable cause to believe the order is necessary to protect another person has not been judged.",
    "nobody-named": () => "The order is judged necessary, but no person other than the defendant is named as the person to protect.",
    yes: (p: { stage: string; people: readonly string[]; byProxy: readonly string[] }) => {
      const proxy =
        p.byProxy.length === 0 ? "" : ` ${p.byProxy.join(", ")} ${p.byProxy.length === 1 ? "was not the victim" : "were not victims"} of the recorded acts: stalking by proxy, which the Act allows.`;
      return `${NECESSITY_YES[p.stage] ?? NECESSITY_YES.application} ${p.people.join(", ")}.${proxy}`;
    },
  },
};
