"""Modal dialogs: small screens over the current one that answer with `dismiss(...)`."""
