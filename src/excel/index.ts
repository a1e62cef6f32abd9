/** The add-in's host: Office.js underneath, the core's pipeline for the analysis. */
import { analyzeSheet } from "../core";
import { ExcelHost } from "./ExcelHost";
import { officeEnv } from "./env";

export function createExcelHost(): ExcelHost {
  return new ExcelHost(officeEnv(), analyzeSheet);
}

export { ExcelHost };
export { whenOfficeReady, registerCommand, showMessageDialog, closeFromDialog, displayLanguage } from "./office";
