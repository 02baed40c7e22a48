"""Registration pages, one module per audience: ``public`` (a person registering and their own
registration), ``staff`` (the secretariat's list and registering on someone's behalf),
``leader`` (a delegation's leader registering delegates)."""
