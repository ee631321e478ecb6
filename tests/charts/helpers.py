"""Reading charts back the way a browser would: the SVG as XML, the page as HTML."""

import xml.etree.ElementTree as ET

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
