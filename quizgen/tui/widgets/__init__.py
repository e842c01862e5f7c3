"""Widgets of the quiz app, one module per class."""
