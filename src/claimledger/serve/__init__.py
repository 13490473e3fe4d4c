"""The HTTP face of the corpus store: a read-only JSON API and a web page.

``create_app`` (``serve.app``) builds the application; ``serve.api`` holds
the read routes, ``serve.write`` the token-guarded ingest route,
``serve.payload`` the JSON shapes, ``serve.security`` the response headers
(Content-Security-Policy) and ``static/`` the page, its scripts, the map
library and the world outline (licences in ``static/README.md``). Handlers
call ``claimledger.corpus`` and ``claimledger.store`` only; no SQL here.
"""

from claimledger.serve.app import create_app

__all__ = ["create_app"]
