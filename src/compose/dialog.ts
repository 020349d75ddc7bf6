// A question before something is lost (deleting a story, replacing it with an opened file): a modal <dialog>, so
// focus stays in it, Escape cancels, and the answer is one of its buttons' values (null when cancelled).
import { h } from "../components/dom.js";

export interface Choice {
  value: string;
  label: string;
}

export function ask(message: string, choices: readonly Choice[], cancel: string): Promise<string | null> {
  const dialog = h("dialog", { className: "compose-dialog", attrs: { "aria-label": message } }) as HTMLDialogElement;
  const buttons = [...choices, { value: "", label: cancel }].map(({ value, label }) =>
    h("button", { type: "button", textContent: label, value, onclick: () => dialog.close(value) })
  );
  dialog.append(h("p", { textContent: message }), h("div", { className: "compose-dialog-buttons" }, ...buttons));
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      dialog.remove();
      resolve(dialog.returnValue ? dialog.returnValue : null);
    });
    dialog.showModal();
    buttons[0]!.focus();
  });
}
