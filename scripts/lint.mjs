// House rules the type checker does not enforce (CONTRIBUTING: "Standards"). Fast: plain text scans.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const problems = [];
const rules = [
  [/export default/, "no default exports"],
  [/:\s*any\b|as any\b|<any>/, "no `any`"],
  [/Date\.now\(|new Date\(\)|Math\.random\(/, "no clock or randomness in the library (asOf is explicit)"],
  [/Settings\.(default|now|throwOnInvalid)/, "no global luxon settings"],
  [/process\.env\.TZ/, "no dependence on the process time zone"],
];
for (const file of files("src")) {
  const text = readFileSync(file, "utf8");
  const isCli = file.endsWith("cli.ts");
  text.split("\n").forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed.startsWith("*") || trimmed.startsWith("/*") || trimmed.startsWith("//")) return;
    for (const [re, rule] of rules) {
      if (isCli && rule.startsWith("no clock")) continue;
      if (re.test(line)) problems.push(`${file}:${i + 1}: ${rule}: ${line.trim()}`);
    }
  });
  // A Northern Ireland module cites its own Act; every other law module cites the 2019 Act.
  const ni = file.startsWith(join("src", "law", "ni"));
  if (file.startsWith(join("src", "law")) && !(ni ? /pfs\(|PfS\(NI\)A 2022/ : /spa\(|SPA 2019/).test(text)) {
    problems.push(`${file}: a law module must cite the Act`);
  }
}
for (const file of files("test")) {
  const text = readFileSync(file, "utf8");
  if (/\.(only|skip)\(|\b(it|test)\.todo\(/.test(text)) problems.push(`${file}: focused, skipped or todo test`);
}
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log("lint: clean");
