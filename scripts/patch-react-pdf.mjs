// Runs as `postinstall`: gives @react-pdf/layout a hook for its text layout, which the Blueprint
// renderer uses to keep laid-out lines across renders (pdf/text-layout-cache.ts, ADR 010).
//
// Why a patch: `layoutText` calls a textkit engine that the module builds once and keeps in a
// private constant; react-pdf offers no option to replace or wrap it. Laying out text (bidi, font
// fallback, shaping, line breaking) is a third of a Blueprint's render, and most of that text is
// the same from one buyer to the next.
//
// The edit: when `globalThis[Symbol.for("career-pivot.react-pdf.text-layout")]` is set, layoutText
// calls it with the same arguments plus the engine; otherwise it behaves exactly as before. Nothing
// changes for a process that installs no hook.
//
// Idempotent. Fails the install when the module's code no longer matches (a new react-pdf
// release): then adapt the anchor, or remove the cache if react-pdf now offers a way in.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { packageRoot, packageVersion } from "./package-root.mjs";

const MARKER = "career-pivot patch (scripts/patch-react-pdf.mjs)";
const root = packageRoot("@react-pdf/layout");
const file = path.join(root, "lib/index.js");

const CALL = "    const lines = engine(attributedString, container, options);\n";
const HOOKED = `    // ${MARKER}: an installed text layout hook (a cache) is asked first.
    const hook = globalThis[Symbol.for("career-pivot.react-pdf.text-layout")];
    const lines = hook ? hook(attributedString, container, options, engine) : engine(attributedString, container, options);
`;

const source = existsSync(file) ? readFileSync(file, "utf8") : "";
if (!source.includes(MARKER)) {
  const at = source.indexOf(CALL);
  const inLayoutText =
    at > 0 && source.lastIndexOf("const layoutText = (node, width, height, fontStore) => {", at) > source.lastIndexOf("\n};", at);
  if (!inLayoutText || source.indexOf(CALL, at + 1) !== -1) {
    console.error(
      `scripts/patch-react-pdf.mjs: @react-pdf/layout ${packageVersion(root)} does not have the layoutText code this patch expects in ${file}.\n` +
        "Adapt the anchor to the new release (the Blueprint renders correctly without it, about a third slower).",
    );
    process.exit(1);
  }
  writeFileSync(file, source.replace(CALL, HOOKED));
  console.log(`patched ${path.relative(process.cwd(), file)} (text layout hook)`);
}
