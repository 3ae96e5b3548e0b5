"""The safety plan as one printable page, in Markdown or self-contained HTML.

Pure: the plan and the support lines in, text out. HTML escapes every value (the
person's words are shown literally), has no scripts and fetches nothing, and fits one
A4 or Letter page for a plan of ordinary length.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from steady.safety_plan import STEPS
from steady.text import for_display

if TYPE_CHECKING:
    from steady.language.helplines import Lines
    from steady.safety_plan import SafetyPlan

TITLE = "My safety plan"
PURPOSE = "For when things are very hard: what I do, and who I reach, in my own words."
NOTHING_YET = "(nothing written yet)"
ALWAYS = "Always there"


def _always(lines: Lines) -> list[str]:
    return [lines.emergency, *lines.crisis]


def markdown(plan: SafetyPlan, lines: Lines, written: str) -> str:
    out = [f"# {TITLE}", "", f"*{PURPOSE}* Written with steady; {written}.", ""]
    for number, step in enumerate(STEPS, 1):
        out += [f"## {number}. {step.title}", ""]
        items = plan.items[step.key]
        out += [f"- {_md(item.text)}" for item in items] or [f"- {NOTHING_YET}"]
        if step.key == "services":
            out += ["", f"{ALWAYS}:", ""] + [f"- {_md(line)}" for line in _always(lines)]
        out.append("")
    return "\n".join(out)


def _md(text: str) -> str:
    """One line of the person's words, shown as written: no Markdown of its own."""
    flat = " ".join(for_display(text).split())
    for mark in ("\\", "*", "_", "`", "[", "]", "<", ">", "#"):
        flat = flat.replace(mark, "\\" + mark)
    return flat


STYLE = """
@page { size: auto; margin: 12mm; }
body { font: 11pt/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #111;
       max-width: 46em; margin: 1.5em auto; padding: 0 1em; }
h1 { font-size: 1.5em; margin: 0 0 .2em; }
p.purpose { margin: 0 0 1em; color: #333; }
section { border: 1px solid #999; border-radius: 6px; padding: .4em .8em .5em;
          margin: 0 0 .6em; break-inside: avoid; }
h2 { font-size: 1em; margin: 0 0 .2em; }
h2 .n { display: inline-block; min-width: 1.4em; }
ul { margin: 0; padding-left: 1.4em; }
li.none { list-style: none; color: #555; font-style: italic; }
p.always { margin: .4em 0 .1em; font-weight: 600; }
@media print {
  body { font-size: 9.5pt; line-height: 1.3; margin: 0; max-width: none; padding: 0; }
  main { columns: 2; column-gap: 6mm; }
  section { margin: 0 0 3mm; padding: 2mm 3mm; }
}
"""


def html(plan: SafetyPlan, lines: Lines, written: str) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{TITLE}</title><style>{STYLE}</style></head><body>",
        f"<h1>{TITLE}</h1>",
        f'<p class="purpose">{escape(PURPOSE)} Written with steady; {escape(written)}.</p>',
        "<main>",
    ]
    for number, step in enumerate(STEPS, 1):
        parts.append(f'<section><h2><span class="n">{number}.</span> {escape(step.title)}</h2><ul>')
        items = plan.items[step.key]
        parts += [f"<li>{escape(for_display(item.text))}</li>" for item in items] or [
            f'<li class="none">{NOTHING_YET}</li>'
        ]
        parts.append("</ul>")
        if step.key == "services":
            parts.append(f'<p class="always">{ALWAYS}:</p><ul>')
            parts += [f"<li>{escape(line)}</li>" for line in _always(lines)]
            parts.append("</ul>")
        parts.append("</section>")
    parts.append("</main></body></html>")
    return "\n".join(parts) + "\n"
