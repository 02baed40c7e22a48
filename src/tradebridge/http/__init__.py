"""What the web views and the API routers of every app share, below the apps: request types,
the access decorator, service errors on forms (``views``), the one API error format
(``schemas``) and bounded pagination (``pagination``)."""
