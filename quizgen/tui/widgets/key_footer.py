"""Provides the footer of keys, redrawn once per burst of binding changes.

Textual's Footer rebuilds all its keys on every bindings signal; showing one question sends
about ten (focus, refreshed bindings), each a full rebuild before the question is drawn.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    """Footer whose rebuilds after binding changes are merged into one per refresh."""

    _rebuild_pending = False

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus or self._rebuild_pending:
            return
        if self.is_attached and screen is self.screen:
            self._rebuild_pending = True
            self.call_after_refresh(self._rebuild)

    async def _rebuild(self) -> None:
        self._rebuild_pending = False
        await self.recompose()
