#!/usr/bin/env python3
"""The tray's icons: every icon name voile-tray asks for exists in data/icons (hicolor), in
full colour and symbolic, as a well-formed square SVG; symbolic icons draw in the one colour
panels recolour (#2e3436), plus the theme's warning colour where a class says so."""

import os
import re
import sys
import xml.etree.ElementTree as ET

SRC = sys.argv[1]
ICONS = os.path.join(SRC, "data", "icons", "hicolor")
SVG = "{http://www.w3.org/2000/svg}"


def check_svg(path, symbolic):
    assert os.path.exists(path), f"missing icon {path}"
    root = ET.parse(path).getroot()
    assert root.tag == SVG + "svg", path
    x, y, w, h = (float(v) for v in root.get("viewBox").split())
    assert w == h and w > 0, f"{path}: not square"
    if symbolic:
        for element in root.iter():
            fill = element.get("fill")
            if fill and fill != "none":
                allowed = {"#2e3436"} | ({"#f57900"} if element.get("class") == "warning" else set())
                assert fill in allowed, f"{path}: colour {fill} cannot be recoloured by panels"


with open(os.path.join(SRC, "ui", "voile-tray.c")) as f:
    names = re.findall(r'#define ICON_\w+ "([\w-]+)"', f.read())
assert len(names) == 3, names
for name in names:
    assert name.endswith("-symbolic"), name
    check_svg(os.path.join(ICONS, "scalable", "status", name + ".svg"), symbolic=True)
    check_svg(os.path.join(ICONS, "scalable", "status", name[:-len("-symbolic")] + ".svg"),
              symbolic=False)
check_svg(os.path.join(ICONS, "scalable", "apps", "io.github.voile.Voile.svg"), symbolic=False)
check_svg(os.path.join(ICONS, "symbolic", "apps", "io.github.voile.Voile-symbolic.svg"),
          symbolic=True)
print("ok - tray icons")
