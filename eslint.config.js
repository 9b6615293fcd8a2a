import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
  {
    ignores: [
      "dist",
      "dist-offline",
      "node_modules",
      "bench/results",
      "bench/.build",
      "shots",
      "coverage",
      "test-results",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}", "tests/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Data is text: never inject HTML.",
        },
        { selector: "CallExpression[callee.name='eval']", message: "Never eval." },
      ],
    },
  },
  {
    // Pure layers: no React, no store, no components.
    files: ["src/chart/**", "src/data/**", "src/url/urlState.ts", "src/modes/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["react", "react-dom", "**/store/**", "**/components/**", "zustand"] },
      ],
    },
  },
  {
    files: ["**/*.{js,mjs}", "scripts/**", "bench/**", "tests/e2e/**"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
