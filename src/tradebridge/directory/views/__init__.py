"""Directory pages, one module per audience: the profiles everyone reads (and their own people
edit) in ``public``, the secretariat's bulk import and export in ``staff``."""
