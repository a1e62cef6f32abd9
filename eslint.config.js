/**
 * ESLint 9 flat config: typescript-eslint's recommended rules everywhere, and the Office add-in
 * rules of office-addin-lint (eslint-plugin-office-addins) on the code that calls Office.js:
 * load before read, sync before read, no sync in a loop, isNullObject for *OrNullObject.
 */
"use strict";
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const globals = require("globals");
const officeAddins = require("eslint-plugin-office-addins");

module.exports = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "bench-output/**", "demo-output/**", "test-output/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/excel/**/*.ts", "src/commands/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["test/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.jest } },
    // tests match terminal output, escape codes included
    rules: { "no-control-regex": "off" },
  },
);
