/** The short dialog the ribbon command opens: shows its message as text, closes on request. */
import { closeFromDialog, whenOfficeReady } from "../excel/office";

const params = new URLSearchParams(window.location.search);
const box = document.getElementById("message");
if (box) box.textContent = params.get("m") ?? "";
const button = document.getElementById("close");
if (button) {
  button.textContent = /^en/i.test(navigator.language) ? "Close" : "关闭";
  button.addEventListener("click", () => closeFromDialog());
}
void whenOfficeReady();
