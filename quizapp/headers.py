"""Security headers on every response: what the browser may load and run, and where the page may be framed.

Pages use only our own CSS and scripts (no inline script or style), so the policy
can forbid everything else. Images may also come from https: and data: because
imported questions (sanitised HTML) may show pictures hosted elsewhere.
"""

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


def register(app):
    """Add the headers to every response that does not set its own."""

    @app.after_request
    def add_security_headers(response):
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response
