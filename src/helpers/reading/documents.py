"""The text of a document a person hands us: a resolution or a statistics report.

UTF-8 text (``.txt``, ``.md``), Word (``.docx``, python-docx), PDF with a text layer (``.pdf``, pypdf)
and a page saved from a website (``.html``, ``.htm``, BeautifulSoup: scripts, menus, headers and
footers are dropped, paragraphs and table cells keep their own lines). Anything else, or a file
that cannot be read, is a :class:`DocumentError` saying what is allowed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..values.errors import DocumentError

SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".html", ".htm")
# Page furniture: never part of a report's text.
_FURNITURE = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
              "svg", "button", "select")
_BLOCKS = ("p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "br", "section",
           "article", "table", "blockquote")


@dataclass(frozen=True)
class Document:
    """A document's text (NFC, one paragraph per line) and, for a saved web page, the address
    the page gives for itself (canonical link or og:url)."""

    text: str
    address: str | None = None


def read(path: Path) -> Document:
    """Read a document once: its text, and its own address where it names one.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     page = Path(d) / "a.html"
    ...     _ = page.write_text('<html><head><link rel="canonical" href="https://example.vn/a"></head>'
    ...                         '<body><p>Tăng trưởng GRDP đạt 13,5%.</p></body></html>', encoding="utf-8")
    ...     doc = read(page)
    >>> doc.text, doc.address
    ('Tăng trưởng GRDP đạt 13,5%.', 'https://example.vn/a')
    """
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise DocumentError(f"{path}: cannot read a {suffix or 'suffix-less'} file "
                            f"(allowed: {', '.join(SUFFIXES)})")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise DocumentError(f"{path}: {e.strerror or e}") from None
    address = None
    if suffix == ".docx":
        text = _docx(path)
    elif suffix == ".pdf":
        text = _pdf(path)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise DocumentError(f"{path}: byte {e.start} is not UTF-8 (allowed: a UTF-8 text; save "
                                "the file as UTF-8)") from None
        if suffix in (".html", ".htm"):
            text, address = _html(text)
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\u00a0", " ")
    if not text.strip():
        raise DocumentError(f"{path}: no text in the file (a scanned PDF has none: run it through "
                            "OCR first, or copy its text into a .txt file)")
    return Document(text, address)


def _docx(path: Path) -> str:
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as e:
        raise DocumentError(f"{path}: not a Word .docx file ({e})") from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def _pdf(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(str(path))
        return _unwrap("\n".join(page.extract_text() or "" for page in reader.pages))
    except (PyPdfError, ValueError, OSError) as e:
        raise DocumentError(f"{path}: not a readable PDF ({e})") from None


def _unwrap(text: str) -> str:
    """A PDF breaks its paragraphs into lines: a line that goes on in lower case (or with a
    number) continues the line before it."""
    out: list[str] = []
    for line in text.splitlines():
        goes_on = line[:1].islower() or (line[:1].isdigit() and out and out[-1][-1:] not in ".:")
        if out and out[-1] and goes_on:
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line.strip())
    return "\n".join(out)


def _html(markup: str) -> tuple[str, str | None]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    link = soup.find("link", rel="canonical")
    meta = soup.find("meta", property="og:url")
    href = (link and link.get("href")) or (meta and meta.get("content"))
    address = href if href and href.startswith(("http://", "https://")) else None
    for tag in soup.find_all(_FURNITURE):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    for tag in root.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = (" ".join(line.split()) for line in root.get_text().splitlines())
    return "\n".join(line for line in lines if line), address
