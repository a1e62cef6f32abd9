/**
 * Task-pane entry. office.js comes from Microsoft's CDN (taskpane.html), never from the bundle;
 * the pane renders once the host is ready. Everything Office-specific is behind createExcelHost.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createExcelHost, whenOfficeReady } from "../excel";

void whenOfficeReady().then(() => {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App host={createExcelHost()} />);
});
