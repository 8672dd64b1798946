// Kabinet: Swagger UI opened on the portal's own description of /api/v1 (no validator badge: it would call
// validator.swagger.io, which the portal's CSP does not allow and which needs no copy of our document)
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "../v1/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    docExpansion: "none",
    tryItOutEnabled: false,
    persistAuthorization: false,
    presets: [SwaggerUIBundle.presets.apis],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    // no top bar: this page shows the portal's own API, not any address typed in
    layout: "BaseLayout"
  });
};
