/** Function-file entry (commands.html): binds the ribbon's 重新计算 to the recalculation. */
import { createExcelHost, registerCommand, showMessageDialog, whenOfficeReady } from "../excel";
import { recalculateCommand } from "./recalculate";

const dialogUrl = new URL("dialog.html", window.location.href).href;

void whenOfficeReady().then(() => {
  registerCommand("recalculate", (event) => {
    void recalculateCommand(event, () => ({
      host: createExcelHost(),
      showMessage: (text) => showMessageDialog(dialogUrl, text),
    }));
  });
});
