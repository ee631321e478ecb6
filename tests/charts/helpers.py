"""Reading charts back the way a browser would: the SVG as XML, the page as HTML."""

import xml.etree.ElementTree as ET

from academy.charts.formatting import text_width

SVG_NS = "http://www.w3.org/2000/svg"


def svg_tree(markup: str) -> ET.Element:
    """The parsed SVG; fails the test if the markup is not well-formed XML."""
    markup = markup.strip()
    if markup.startswith("<?xml"):
        return ET.fromstring(markup.encode())  # noqa: S314 (our own output)
    return ET.fromstring(markup)  # noqa: S314 (our own output)


def find_all(root: ET.Element, tag: str) -> list[ET.Element]:
    return list(root.iter(f"{{{SVG_NS}}}{tag}"))


def texts(root: ET.Element) -> list[str]:
    """Every text drawn on the chart, in document order."""
    return [element.text or "" for element in find_all(root, "text")]


def tooltips(root: ET.Element) -> list[str]:
    """The <title> of every mark (the chart's own title, the first, left out)."""
    return [element.text or "" for element in find_all(root, "title")[1:]]


def points(polyline: ET.Element) -> list[tuple[float, float]]:
    pairs = (pair.split(",") for pair in polyline.get("points").split())
    return [(float(x), float(y)) for x, y in pairs]


def extents(root: ET.Element) -> list[tuple[str, float, float]]:
    """Where each bar, line and text of the chart starts and ends across the document, text
    widths estimated as the layout estimates them."""
    body = root.find(f"{{{SVG_NS}}}g")
    offset = float(body.get("transform").removeprefix("translate(").split()[0])
    found = []
    for element in body.iter():
        tag = element.tag.rsplit("}", 1)[1]
        if tag == "rect":
            left = float(element.get("x"))
            found.append((tag, left, left + float(element.get("width"))))
        elif tag == "line":
            found.append((tag, float(element.get("x1")), float(element.get("x2"))))
        elif tag == "text":
            x = float(element.get("x"))
            width = text_width(
                element.text,
                float(element.get("font-size", 13)),
                bold=element.get("font-weight") == "700",
            )
            anchor = element.get("text-anchor", "start")
            left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
            found.append((element.text, left, left + width))
    return [(what, left + offset, right + offset) for what, left, right in found]
