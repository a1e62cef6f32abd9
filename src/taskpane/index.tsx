/**
 * Task-pane entry. office.js comes from Microsoft's CDN (taskpane.html), never from the bundle;
 * the pane renders once the host is ready. Everything Office-specific is behind createExcelHost.
 * Opened outside Excel — a browser tab, or office.js could not load — the page says where it
 * works (and links the 网页版) instead of failing.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { OutsideOffice } from "./components/OutsideOffice";
import { createExcelHost, whenOfficeReady } from "../excel";

/** The Office application the pane runs in, or null outside Office (office.js then reports no host). */
function officeHost(): Promise<string | null> {
  if (typeof Office === "undefined") return Promise.resolve(null);
  return whenOfficeReady().then(
    (info) => info.host,
    () => null,
  );
}

void officeHost().then((host) => {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(host ? <App host={createExcelHost()} /> : <OutsideOffice webVersionUrl="preview.html" />);
});
