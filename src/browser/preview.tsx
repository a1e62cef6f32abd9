/**
 * 网页版 entry (preview.html): the real task pane (src/taskpane/App) over the browser host, next
 * to a sheet view of the workbook the page holds. No office.js: the pane never knows which host
 * it talks to. `?lang=en` for English; Chinese otherwise.
 */
import { createRoot } from "react-dom/client";
import { PreviewPage } from "./page/PreviewPage";

const lang = new URLSearchParams(window.location.search).get("lang") === "en" ? "en" : "zh";
const root = document.getElementById("root");
if (root) createRoot(root).render(<PreviewPage lang={lang} />);
