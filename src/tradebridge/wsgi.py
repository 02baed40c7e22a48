"""WSGI entry point."""

import os
import threading

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tradebridge.settings.production")
application = get_wsgi_application()

# Search loads jieba's dictionary and the text model once per process: do it now, beside the
# first requests, rather than in the first search.
from tradebridge.directory.semantic import warm_up  # noqa: E402

threading.Thread(target=warm_up, name="search-warm-up").start()
