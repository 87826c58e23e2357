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

// Refused saves come back as pages to show, not as failures: 409 (someone else changed the record:
// the page says so and offers a reload) and 422 (the form again with its field errors).
document.addEventListener("DOMContentLoaded", function () {
  if (window.htmx) {
    htmx.config.responseHandling = [
      { code: "204", swap: false },
      { code: "[23]..", swap: true },
      { code: "409", swap: true, error: false },
      { code: "422", swap: true, error: false },
      { code: "[45]..", swap: false, error: true }
    ];
  }
});
