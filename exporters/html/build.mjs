// Bundles src/main.js (sigma.js, graphology, the page's code and CSS) into one ASCII
// script for the HTML export to inline: `node build.mjs OUTFILE`. CMake runs it at build
// time (exporters/CMakeLists.txt); `npm run build` writes dist/view.js.
import { build } from "esbuild";

const outfile = process.argv[2];
if (!outfile) {
  console.error("usage: node build.mjs OUTFILE");
  process.exit(2);
}
await build({
  entryPoints: [new URL("./src/main.js", import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2019",
  charset: "ascii", // the exporter embeds it as a C++ raw string
  legalComments: "none",
  loader: { ".css": "text" },
  logLevel: "warning",
  outfile,
});
