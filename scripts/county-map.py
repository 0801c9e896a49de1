#!/usr/bin/env python3
"""Builds the directory's county map shapes for one or more states.

Reads the US Census cartographic boundary counties (cb_2016_us_county_500k) shipped in the
`plotly-geo` wheel with `pyshp`, projects each state with an Albers equal-area conic fitted to
it, simplifies every ring (Douglas-Peucker, in output pixels), rounds to whole pixels and writes
relative SVG path data into a Swift file under Sources/PuenteCore/Registry/CountyShapes/.

Run it through scripts/county-map, which installs the two pinned wheels into .build/map-tools:

    scripts/county-map CA MS
"""

import math
import os
import sys

import _plotly_geo
import shapefile

STATES = {"CA": ("06", "california"), "MS": ("28", "mississippi")}
WIDTH = 400          # viewBox width; height follows the state's shape
TOLERANCE = 0.9      # pixels a simplified edge may stray from the boundary
MIN_AREA = 6.0       # square pixels; smaller islands are dropped (a county keeps its largest ring)
OUT_DIR = os.path.join(os.path.dirname(__file__), "..", "Sources", "PuenteCore", "Registry", "CountyShapes")


def albers(lat1, lat2, lat0, lon0):
    """Albers equal-area conic (Snyder, spherical form) with standard parallels lat1, lat2."""
    p1, p2, p0 = (math.radians(v) for v in (lat1, lat2, lat0))
    n = (math.sin(p1) + math.sin(p2)) / 2
    c = math.cos(p1) ** 2 + 2 * n * math.sin(p1)
    rho0 = math.sqrt(c - 2 * n * math.sin(p0)) / n

    def project(lon, lat):
        rho = math.sqrt(c - 2 * n * math.sin(math.radians(lat))) / n
        theta = n * math.radians(lon - lon0)
        return rho * math.sin(theta), rho0 - rho * math.cos(theta)

    return project


def rings(shape):
    parts = list(shape.parts) + [len(shape.points)]
    return [shape.points[parts[i]:parts[i + 1]] for i in range(len(parts) - 1)]


def area(ring):
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]))) / 2


def simplify(points, tolerance):
    """Douglas-Peucker, iterative, keeping both ends."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        worst, index = 0.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            d = abs(dy * px - dx * py + bx * ay - by * ax) / length if length else math.hypot(px - ax, py - ay)
            if d > worst:
                worst, index = d, i
        if index is not None and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def path_data(ring_list):
    """Relative SVG path data in whole pixels: `M x y l dx dy … z` per ring."""
    out = []
    for ring in ring_list:
        rounded = []
        for x, y in ring:
            point = (round(x), round(y))
            if not rounded or rounded[-1] != point:
                rounded.append(point)
        if len(rounded) > 1 and rounded[0] == rounded[-1]:
            rounded.pop()
        if len(rounded) < 3:
            continue
        parts = [f"M{rounded[0][0]} {rounded[0][1]}l"]
        steps = []
        for (x0, y0), (x1, y1) in zip(rounded, rounded[1:]):
            steps.append(f"{x1 - x0} {y1 - y0}")
        parts.append(" ".join(steps).replace(" -", "-"))
        out.append("".join(parts) + "z")
    return "".join(out)


def build(state):
    fips, name = STATES[state]
    source = os.path.join(os.path.dirname(_plotly_geo.__file__), "package_data", "cb_2016_us_county_500k")
    counties = [(rec.record["GEOID"], rec.record["NAME"], rings(rec.shape))
                for rec in shapefile.Reader(source).iterShapeRecords() if rec.record["STATEFP"] == fips]
    lons = [lon for _, _, rs in counties for r in rs for lon, _ in r]
    lats = [lat for _, _, rs in counties for r in rs for _, lat in r]
    south, north = min(lats), max(lats)
    span = north - south
    project = albers(south + span / 6, north - span / 6, (south + north) / 2, (min(lons) + max(lons)) / 2)
    projected = [(geoid, cname, [[project(lon, lat) for lon, lat in r] for r in rs]) for geoid, cname, rs in counties]
    xs = [x for _, _, rs in projected for r in rs for x, _ in r]
    ys = [y for _, _, rs in projected for r in rs for _, y in r]
    scale = (WIDTH - 4) / (max(xs) - min(xs))
    height = math.ceil((max(ys) - min(ys)) * scale) + 4
    left, top = min(xs), max(ys)

    def to_pixels(r):
        return [((x - left) * scale + 2, (top - y) * scale + 2) for x, y in r]

    shapes = {}
    for geoid, cname, rs in projected:
        pixel_rings = sorted((to_pixels(r) for r in rs), key=area, reverse=True)
        kept = [pixel_rings[0]] + [r for r in pixel_rings[1:] if area(r) >= MIN_AREA]
        shapes[geoid] = path_data([simplify(r, TOLERANCE) for r in kept])
    return name, height, dict(sorted(shapes.items()))


def write(state, name, height, shapes):
    lines = [
        "// Generated by scripts/county-map from the US Census cartographic boundary counties",
        "// (cb_2016_us_county_500k, shipped in the plotly-geo wheel). Do not edit; rerun the script.",
        "",
        "extension CountyShapes {",
        f"    public static let {name} = CountyShapes(state: \"{state}\", width: {WIDTH}, height: {height}, paths: [",
    ]
    lines += [f"        \"{geoid}\": \"{d}\"," for geoid, d in shapes.items()]
    lines += ["    ])", "}", ""]
    os.makedirs(OUT_DIR, exist_ok=True)
    path = os.path.join(OUT_DIR, f"CountyShapes+{state}.swift")
    with open(path, "w") as f:
        f.write("\n".join(lines))
    size = sum(len(d) for d in shapes.values())
    print(f"{state}: {len(shapes)} counties, {WIDTH}x{height}, {size} bytes of path data -> {os.path.relpath(path)}")


def main(states):
    for state in states or sorted(STATES):
        if state not in STATES:
            sys.exit(f"county-map: no FIPS code known for {state}; add it to STATES")
        write(state, *build(state))


if __name__ == "__main__":
    main([s.upper() for s in sys.argv[1:]])
