/**
 * The page bundles src/files' readers and writers: none of the modules it reaches may use Node
 * (fs, path, zlib, …) or Node's Buffer at run time. webpack would fail on a Node module, or the
 * page would throw on a Buffer only when that code runs. Type-only imports do not count.
 */
import * as fs from "fs";
import * as path from "path";

const NODE = /^(node:|fs$|path$|zlib$|os$|child_process$|crypto$|stream$|util$|buffer$)/;

/** Every module reached from `entry` through relative imports, and what each imports from outside. */
function reached(entry: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (out.has(file)) continue;
    const outside: string[] = [];
    out.set(file, outside);
    const source = fs.readFileSync(file, "utf8");
    for (const m of source.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^;]*?\sfrom\s+)?"([^"]+)"/gm)) {
      if (m[1]) continue;
      const spec = m[2];
      if (!spec.startsWith(".")) {
        outside.push(spec);
        continue;
      }
      const base = path.resolve(path.dirname(file), spec);
      const found = [".ts", ".tsx", "/index.ts", "/index.tsx"].map((ext) => base + ext).find((p) => fs.existsSync(p));
      if (found) stack.push(found);
    }
  }
  return out;
}

test("the preview page reaches no Node module and no Node Buffer", () => {
  const modules = reached(path.join(__dirname, "..", "..", "src", "browser", "preview.tsx"));
  expect([...modules.keys()].some((f) => f.includes(`${path.sep}files${path.sep}scoredWorkbook.ts`))).toBe(true);
  const problems: string[] = [];
  for (const [file, outside] of modules) {
    for (const spec of outside) if (NODE.test(spec)) problems.push(`${file} imports ${spec}`);
    if (/\bBuffer\.\w+\(/.test(fs.readFileSync(file, "utf8"))) problems.push(`${file} uses Buffer`);
  }
  expect(problems).toEqual([]);
});
