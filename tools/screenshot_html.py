"""Look at the desk-review HTML page in a real browser: screenshots and layout facts from headless Chromium.

    python tools/screenshot_html.py [OUT_DIR]   # pages and screenshots (default: /tmp/quoteminer-pages)

Needs Chromium (Debian: ``apt-get install chromium``; ``QUOTEMINER_CHROMIUM`` names
another binary). It writes the page of three sample records (a title, an outlet, a date
and a link each, speech of every kind, a verbatim quotation, a mention) and of the seed
fixtures, takes a screenshot of each at desktop and phone widths, and prints the layout
facts ``tests/test_html_browser.py`` checks: each speech item's label is drawn, in the
item's line, with the speaker's name and act; the contents and the speaker index are
above the first article; nothing is wider than the window.

The test runs the same checks when Chromium is there; without it, it checks the page's
structure only (and says so in its docstring).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)

#: Records whose page is looked at: speech of every kind, verbatim words, a mention, metadata.
RECORDS = [
    {
        "id": "afp-001",
        "title": "Grève à la raffinerie de Donges",
        "outlet": "AFP",
        "date": "2024-03-12",
        "url": "https://example.org/afp-001",
        "text": "« Tant que la direction refusera d'ouvrir des négociations, nous resterons mobilisés », a "
        "expliqué mardi Karim Benali, secrétaire du syndicat majoritaire.\n\nLa direction a démenti que le site "
        "soit menacé. Selon elle, 300 emplois sont en jeu.",
    },
    {
        "id": "lyon-17",
        "title": "Le maire de Lyon réclame des fonds",
        "outlet": "Le Progrès",
        "date": "2024-03-13",
        "url": "https://example.org/lyon-17",
        "text": "Le maire de Lyon, Paul Durand, a exigé que l'État verse au moins 20 millions d'euros. « C'est une "
        "question de survie », a-t-il ajouté. Le ministère a indiqué que les États-Unis n'avaient « pas eu de "
        "contacts récemment » avec lui. Le film « Les Misérables » sort mercredi.",
    },
    {
        "id": "min-3",
        "text": "« Nous n'avons jamais reçu cette lettre », a affirmé la ministre Claire Martin. Selon elle, le "
        "chômage a baissé de 3 % en un an. Paul Durand a estimé qu'elle « ne tiendra pas ».",
    },
]

# Run in the page by the browser (headless --dump-dom runs scripts, then prints the DOM):
# the facts of the layout go into an attribute of <body> as JSON.
PROBE = """
<script>
(function () {
  try { probe(); } catch (error) {
    document.body.setAttribute("data-facts", JSON.stringify({error: String(error)}));
  }
})();
function probe() {
  const facts = {width: document.documentElement.scrollWidth, window: window.innerWidth, labels: []};
  const first = document.querySelector("article.doc");
  facts.firstArticleTop = first ? first.getBoundingClientRect().top : null;
  for (const nav of document.querySelectorAll("body > nav")) {
    facts[nav.className + "Top"] = nav.getBoundingClientRect().top;
  }
  for (const mark of document.querySelectorAll("article mark.q:not(.k-mention):not(.cont)")) {
    const label = document.querySelector(`span.lbl[data-for="${mark.id}"]`);
    // the item's last piece: the mark itself, or its last continuation
    const pieces = [mark, ...document.querySelectorAll(`mark.cont[data-q="${mark.dataset.q}"]`)]
      .filter((m) => m.closest("article") === mark.closest("article"));
    const last = pieces[pieces.length - 1];
    const rects = last.getClientRects();
    const end = rects[rects.length - 1];
    const box = label.getBoundingClientRect();
    facts.labels.push({
      speaker: mark.dataset.speaker,
      act: mark.dataset.act,
      content: getComputedStyle(label, "::after").content,
      width: box.width,
      gap: box.left - end.right,
      sameLine: Math.abs(box.top + box.height / 2 - (end.top + end.height / 2)) < end.height,
      nextLine: box.top >= end.bottom - 2,
    });
  }
  const verbatim = document.querySelector("q.verbatim");
  facts.verbatim = verbatim ? {
    style: getComputedStyle(verbatim).fontStyle,
    before: getComputedStyle(verbatim, "::before").content,
  } : null;
  document.body.setAttribute("data-facts", JSON.stringify(facts));
}
</script>
"""


def chromium() -> str | None:
    """The Chromium binary, if there is one."""
    named = os.environ.get("QUOTEMINER_CHROMIUM")
    if named:
        return named
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _run(binary: str, *args: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [binary, *FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )


def screenshot(binary: str, page: Path, png: Path, width: int = 1300, height: int = 1400) -> None:
    """A screenshot of ``page`` in a window of ``width`` × ``height``."""
    proc = _run(binary, f"--window-size={width},{height}", f"--screenshot={png}", page.as_uri())
    if not png.exists():
        raise RuntimeError(f"no screenshot from {binary}: {proc.stderr[-500:]}")


def layout_facts(binary: str, page_html: str, width: int = 1300) -> dict[str, Any]:
    """What the browser laid out: the page with :data:`PROBE` added, run, and read back."""
    import html as html_module
    import re

    with tempfile.TemporaryDirectory() as folder:
        probed = Path(folder) / "probed.html"
        probed.write_text(page_html.replace("</body>", PROBE + "</body>"), encoding="utf-8")
        proc = _run(binary, f"--window-size={width},1000", "--dump-dom", probed.as_uri())
    found = re.search(r'data-facts="([^"]*)"', proc.stdout)
    if found is None:
        raise RuntimeError(f"the browser ran no probe: {proc.stderr[-500:]}")
    facts: dict[str, Any] = json.loads(html_module.unescape(found.group(1)))
    return facts


def pages(out: Path) -> list[Path]:
    """Write the sample page and the seeds' page into ``out``."""
    import quoteminer
    from quoteminer.html import write_html

    out.mkdir(parents=True, exist_ok=True)
    sample = out / "page.html"
    with open(sample, "w", encoding="utf-8") as stream:
        write_html(quoteminer.extract_many(RECORDS), stream, title="quoteminer: sample records")
    seeds = out / "seeds.html"
    paths = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
    with open(seeds, "w", encoding="utf-8") as stream:
        texts = [(p.name, p.read_text(encoding="utf-8")) for p in paths]
        write_html(quoteminer.extract_many(texts), stream, title="quoteminer: the seed fixtures")
    return [sample, seeds]


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path(tempfile.gettempdir()) / "quoteminer-pages"
    binary = chromium()
    if binary is None:
        print("no Chromium: apt-get install chromium (or set QUOTEMINER_CHROMIUM)", file=sys.stderr)
        return 2
    for page in pages(out):
        for width, height, suffix in ((1300, 1500, "desktop"), (420, 1800, "phone")):
            png = page.with_name(f"{page.stem}-{suffix}.png")
            screenshot(binary, page, png, width, height)
            print(png)
        facts = layout_facts(binary, page.read_text(encoding="utf-8"))
        print(json.dumps({k: v for k, v in facts.items() if k != "labels"}, indent=1))
        for label in facts["labels"]:
            print(" ", label)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
