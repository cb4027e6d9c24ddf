// The receipt's Print button. A file of its own: the Content-Security-Policy runs no inline script.
document.addEventListener("DOMContentLoaded", () => {
  const button = document.getElementById("print");
  if (button) {
    button.addEventListener("click", () => window.print());
  }
});
