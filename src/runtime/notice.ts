/* The notice dialog: shows the title and message from its query string; Close tells the runtime to close it. */
const params = new URLSearchParams(window.location.search);
const text = (id: string, value: string | null) => {
  const element = document.getElementById(id);
  if (element) element.textContent = value ?? "";
};
text("title", params.get("title"));
text("message", params.get("message"));

Office.onReady(() => {
  document.getElementById("close")?.addEventListener("click", () => Office.context.ui.messageParent("close"));
});
