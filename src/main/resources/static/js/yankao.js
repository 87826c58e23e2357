// Sends the CSRF token with every htmx request; forms carry it as a hidden field already.
document.addEventListener("htmx:configRequest", function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// After htmx swaps content in, move focus to the new region's heading so screen readers announce it.
document.addEventListener("htmx:afterSwap", function (event) {
  var heading = event.detail.target.querySelector("h1, h2, [data-focus]");
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    heading.focus();
  }
});
