"""Article text as Textual content that is always shown literally, never interpreted.

News text can contain `[bold]`, `<b>` or a stray terminal escape sequence. Strings given to
Textual widgets are parsed as markup, and Textual's own control-code filter lets ESC through, so
every piece of article text goes through `literal()`: a `Content` built from plain text, with
control characters swapped for visible stand-ins of the same length (spans stay valid).
"""

from __future__ import annotations

from textual.content import Content


def _visible(code: int) -> str:
    if code == 0x7F:
        return "\u2421"  # ␡
    if code < 0x20:
        return chr(0x2400 + code)  # ␛ for ESC, ␇ for BEL ...
    return "\ufffd"  # C1 controls such as CSI (0x9b)


_TRANSLATE = {code: _visible(code) for code in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if code not in (9, 10)}


def visible_text(text: str) -> str:
    """`text` with control characters (except tab and newline) replaced one-for-one."""
    return text.translate(_TRANSLATE)


def literal(text: str, style: str = "") -> Content:
    """Plain text as Content: markup-like text stays text; controls become visible symbols."""
    content = Content(visible_text(text), strip_control_codes=False)
    return content.stylize(style) if style else content


def highlighted(text: str, span: tuple[int, int] | None, style: str) -> Content:
    """`text` shown literally with characters `span[0]:span[1]` in `style` (ignored if out of range)."""
    content = literal(text)
    if span is not None:
        start, end = span
        if 0 <= start < end <= len(text):
            content = content.stylize(style, start, end)
    return content
