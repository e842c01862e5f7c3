"""The quiz app's screens and dialogs, one module per class."""
