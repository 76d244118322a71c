#!/usr/bin/env python3
"""Builds src/main/resources/static/map/region-<hash>.json from Natural Earth 1:50m admin-0 outlines.

Input: countries-50m.json of the npm package world-atlas 2.0.2 (Natural Earth, public domain, as
TopoJSON). Usage: npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz &&
python3 scripts/region-map.py package/countries-50m.json src/main/resources/static/map
The registry's 14 countries are clipped to the region's box, simplified (Douglas-Peucker) and projected
equirectangularly (x scaled by cos of the middle latitude); each becomes one SVG path in whole units.
The file name carries a hash of its content so it can be cached for a year (see README, Slow links).
"""
import hashlib, json, math, os, sys

ISO = {'860': 'UZ', '398': 'KZ', '417': 'KG', '762': 'TJ', '795': 'TM', '031': 'AZ', '156': 'CN', '643': 'RU',
       '268': 'GE', '792': 'TR', '364': 'IR', '004': 'AF', '051': 'AM', '586': 'PK'}
WEST, EAST, SOUTH, NORTH = 40.0, 88.0, 29.0, 56.0
UNITS = 20  # per degree of latitude
COS = math.cos(math.radians((SOUTH + NORTH) / 2))
TOLERANCE = 0.03  # degrees


def arcs(topology):
    sx, sy = topology['transform']['scale']
    tx, ty = topology['transform']['translate']
    out = []
    for arc in topology['arcs']:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def ring(indices, decoded):
    points = []
    for index in indices:
        arc = decoded[index] if index >= 0 else decoded[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def clip(points, inside, cross):
    out = []
    for i, current in enumerate(points):
        previous = points[i - 1]
        if inside(current):
            if not inside(previous):
                out.append(cross(previous, current))
            out.append(current)
        elif inside(previous):
            out.append(cross(previous, current))
    return out


def at_x(a, b, x):
    return (x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0]))


def at_y(a, b, y):
    return (a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y)


def clip_box(points):
    for inside, cross in ((lambda p: p[0] >= WEST, lambda a, b: at_x(a, b, WEST)),
                          (lambda p: p[0] <= EAST, lambda a, b: at_x(a, b, EAST)),
                          (lambda p: p[1] >= SOUTH, lambda a, b: at_y(a, b, SOUTH)),
                          (lambda p: p[1] <= NORTH, lambda a, b: at_y(a, b, NORTH))):
        if not points:
            return []
        points = clip(points, inside, cross)
    return points


def simplify(points, tolerance):
    if len(points) < 3:
        return points
    a, b = points[0], points[-1]
    far, index = 0.0, 0
    for i in range(1, len(points) - 1):
        d = distance(points[i], a, b)
        if d > far:
            far, index = d, i
    if far <= tolerance:
        return [a, b]
    return simplify(points[:index + 1], tolerance)[:-1] + simplify(points[index:], tolerance)


def distance(p, a, b):
    dx, dy = b[0] - a[0], b[1] - a[1]
    if dx == dy == 0:
        return math.hypot(p[0] - a[0], p[1] - a[1])
    return abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / math.hypot(dx, dy)


def project(point):
    return round((point[0] - WEST) * COS * UNITS), round((NORTH - point[1]) * UNITS)


def path(rings):
    parts = []
    for points in rings:
        xy = []
        for p in map(project, points):
            if not xy or xy[-1] != p:
                xy.append(p)
        if len(xy) < 4:
            continue
        moves = [f'M{xy[0][0]} {xy[0][1]}l'] + [f'{x - px} {y - py}' for (px, py), (x, y) in zip(xy, xy[1:])]
        parts.append(moves[0] + ' '.join(moves[1:]) + 'z')
    return ''.join(parts).replace(' -', '-')


def main(source, folder):
    topology = json.load(open(source))
    decoded = arcs(topology)
    countries = {}
    for geometry in topology['objects']['countries']['geometries']:
        code = ISO.get(geometry.get('id'))
        if not code:
            continue
        polygons = geometry['arcs'] if geometry['type'] == 'MultiPolygon' else [geometry['arcs']]
        rings = []
        for polygon in polygons:
            for indices in polygon:
                clipped = clip_box(ring(indices, decoded))
                if len(clipped) >= 3:
                    rings.append(simplify(clipped + [clipped[0]], TOLERANCE))
        countries[code] = path(rings)
    width, height = project((EAST, SOUTH))
    region = {'source': 'Natural Earth 1:50m admin-0 countries (public domain) via world-atlas 2.0.2',
              'box': {'west': WEST, 'east': EAST, 'south': SOUTH, 'north': NORTH},
              'units': UNITS, 'cos': round(COS, 6), 'width': width, 'height': height,
              'countries': dict(sorted(countries.items()))}
    text = json.dumps(region, ensure_ascii=False, separators=(',', ':'))
    digest = hashlib.sha256(text.encode()).hexdigest()[:12]
    for old in os.listdir(folder):
        if old.startswith('region-') and old.endswith('.json'):
            os.remove(os.path.join(folder, old))
    target = os.path.join(folder, f'region-{digest}.json')
    open(target, 'w').write(text)
    print(target, len(text), 'bytes', {k: len(v) for k, v in countries.items()})


if __name__ == '__main__':
    main(*sys.argv[1:])
