"""Reports as PDF: the HTML pages printed by headless Chromium, as a reader's browser prints them.

The pages carry their own print stylesheet (A4, repeated table headers, no split rows, the title
and month in the top margin, page numbers at the bottom: :data:`helpers.present.views.STYLE`); this module
only drives the browser (Playwright, with the system's Chromium: Playwright's own download is not
needed). ``outputs/html/<resolution>/<period>/<name>.<lang>.html`` becomes
``outputs/pdf/<resolution>/<period>/<name>.<lang>.pdf``; a PDF newer than its page is kept, a PDF
whose page is gone is removed. Each PDF is written beside its final name and renamed: no reader
sees half of one. Nothing is fetched: the browser may open only local files.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from ..values import atomic
from ..values.errors import RenderError

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
INSTALL_HINT = ("install Chromium (Debian/Ubuntu: sudo apt-get install chromium) and Playwright "
                "(pip install 'chitieu[pdf]'), or give the browser with --browser PATH")
_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


def find_browser(explicit: str | None = None) -> str | None:
    """The browser to print with: ``explicit``, ``$CHITIEU_BROWSER``, else Chromium on PATH."""
    for candidate in (explicit, os.environ.get("CHITIEU_BROWSER")):
        if candidate:
            return shutil.which(candidate) or (candidate if Path(candidate).is_file() else None)
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


def pdf_path(out: Path, page: Path) -> Path:
    """Where the PDF of ``out/html/…/page.html`` goes: ``out/pdf/…/page.pdf``."""
    return out / "pdf" / page.relative_to(out / "html").with_suffix(".pdf")


def refuse_links(out: Path) -> None:
    """:class:`RenderError` if ``out/pdf`` or a folder in it is a symbolic link: PDFs are written
    and stale ones deleted only inside the output folder, never through a link to elsewhere (the
    HTML side refuses such links too)."""
    base = out / "pdf"
    folders = [base, *(p for p in base.glob("*") if base.is_dir() and not base.is_symlink()),
               *(p for p in base.glob("*/*") if base.is_dir() and not base.is_symlink())]
    for p in folders:
        if p.is_symlink():
            raise RenderError(f"{p} is a link (to {os.path.realpath(p)}): PDFs are written only "
                              f"inside {out} (allowed: a real folder; remove the link)")


def pages_to_print(out: Path) -> tuple[list[Path], list[Path]]:
    """(report pages whose PDF is missing or older, PDFs whose page is gone). Landing pages are
    not printed: they are lists of links. :func:`refuse_links` first."""
    refuse_links(out)
    html = out / "html"
    pages = [p for p in sorted(html.glob("*/*/*.html")) if p.name != "index.html"]
    todo = [p for p in pages
            if not pdf_path(out, p).is_file() or pdf_path(out, p).stat().st_mtime < p.stat().st_mtime]
    wanted = {pdf_path(out, p) for p in pages}
    stale = [p for p in sorted((out / "pdf").glob("*/*/*.pdf")) if p not in wanted]
    return todo, stale


def print_pages(pages: list[tuple[Path, Path]], browser: str,
                log: Callable[[str], None] = print, launched=None) -> None:
    """Print each (page, pdf) pair with ``browser`` (or with ``launched``, a Playwright browser
    already running in this thread); :class:`RenderError` if it cannot."""
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise RenderError(f"no PDF: Playwright is not installed; {INSTALL_HINT}") from None
    try:
        if launched is not None:
            _print(launched, pages, log)
            return
        with sync_playwright() as p:
            chromium = p.chromium.launch(executable_path=browser, args=_ARGS, headless=True)
            _print(chromium, pages, log)
            chromium.close()
    except PlaywrightError as e:
        raise RenderError(f"no PDF: {browser} could not print ({str(e).splitlines()[0]}); "
                          f"{INSTALL_HINT}") from None


def _print(chromium, pages: list[tuple[Path, Path]], log: Callable[[str], None]) -> None:
    def local_only(route):
        if route.request.url.startswith(("file:", "data:")):
            route.continue_()
        else:
            route.abort()

    context = chromium.new_context()
    context.route("**/*", local_only)
    for page_path, target in pages:
        page = context.new_page()
        page.goto(page_path.resolve().as_uri(), wait_until="load")
        with atomic.atomic_path(target) as tmp:
            page.pdf(path=str(tmp), prefer_css_page_size=True, print_background=True)
        page.close()
        log(f"pdf {target}")
    context.close()
