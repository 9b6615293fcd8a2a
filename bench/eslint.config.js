// ESLint looks up the nearest config per file, so this one governs bench/: the
// root rules unchanged, plus ignoring the bench's own outputs. bench/.build holds
// the minified production build (the root config would lint it and fail) and
// bench/results the raw figures and generated datasets.
import root from "../eslint.config.js";

export default [{ ignores: [".build/**", "results/**"] }, ...root];
