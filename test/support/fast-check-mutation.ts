// Mutation runs execute the property tests once per mutant: fewer runs each keeps the run within hours,
// while every property is still checked against every mutant that its tests cover.
import fc from "fast-check";

fc.configureGlobal({ numRuns: 15 });
