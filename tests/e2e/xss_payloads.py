"""Classic cross-site scripting payloads, each tagged with its own id.

A payload that runs calls `__xss(id)`, which the browser test defines and records; the id
also starts the text, so a page that shows the payload as text shows the id.
"""

from dataclasses import dataclass

_ATTACKS = (
    "<script>__xss('{id}')</script>",
    "<img src=x onerror=\"__xss('{id}')\">",
    "<svg onload=__xss('{id}')>",
    "<a href=\"javascript:__xss('{id}')\">link</a>",
    "[link](javascript:__xss('{id}'))",
    "[link](JaVaScRiPt:__xss('{id}'))",
    "[link](&#106;avascript:__xss('{id}'))",
    "<javascript:__xss('{id}')>",
    "![x](x\" onerror=\"__xss('{id}'))",
    "\"><script>__xss('{id}')</script>",
    "'><img src=x onerror=__xss('{id}')>",
    "'-__xss('{id}')-'",
    "\";__xss('{id}');//",
    "{{{{__xss('{id}')}}}} ${{__xss('{id}')}}",
    "</textarea><script>__xss('{id}')</script>",
    "</title><script>__xss('{id}')</script>",
    "</script><script>__xss('{id}')</script>",
    "<iframe srcdoc=\"<script>parent.__xss('{id}')</script>\"></iframe>",
    "&lt;script&gt;__xss('{id}')&lt;/script&gt;",
    "&lt;img src=x onerror=__xss('{id}')&gt;",
    "<a href=\"&#x6A;avascript:__xss('{id}')\">link</a>",
    "\\u003cimg src=x onerror=__xss('{id}')\\u003e",
    "\uff1cscript\uff1e__xss('{id}')\uff1c/script\uff1e",
    "%3Cscript%3E__xss('{id}')%3C/script%3E",
    "<scr<script>ipt>__xss('{id}')</script>",
    "<details open ontoggle=__xss('{id}')>",
    "<input autofocus onfocus=__xss('{id}')>",
    "<noscript><p title=\"</noscript><img src=x onerror=__xss('{id}')>\">",
    "**bold** <b onmouseover=__xss('{id}')>x</b> `<script>`",
)


@dataclass(frozen=True)
class Payload:
    id: str
    text: str


PAYLOADS = tuple(
    Payload(id=f"xq{number:02d}", text=f"xq{number:02d} " + attack.format(id=f"xq{number:02d}"))
    for number, attack in enumerate(_ATTACKS, start=1)
)
