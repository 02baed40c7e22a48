"""Event pages, one module per audience: everyone (``public``) and the secretariat (``staff``)."""
