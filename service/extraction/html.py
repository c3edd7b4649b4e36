"""Main-text extraction from a web page, before our own cleaning."""

from __future__ import annotations


def main_text(html: str) -> str:
    """The article's text, one paragraph a line; "" when the page holds no article text.

    trafilatura drops navigation, footers, cookie banners and most boxes; what it leaves is
    cleaned again like pasted text (chrome, repeated paragraphs).
    """
    import trafilatura  # imported here: plain-text requests never pay for it

    extracted = trafilatura.extract(
        html,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        with_metadata=False,
    )
    return (extracted or "").strip()
