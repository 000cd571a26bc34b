#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the application's desktop integration files and the icons drawn from its SVG at build time.

usage: check_resources.py SOURCE_DIR GENERATED_ICON_DIR

- the desktop entry passes desktop-file-validate, the metainfo `appstreamcli validate --pedantic`
- one id everywhere: file names, the metainfo <id> and <launchable>, Icon=, app/main.cpp's desktop file name
- every hicolor PNG is a PNG of its folder's size; the .ico and .icns hold PNGs of the sizes they name
"""
import re
import struct
import subprocess
import sys
from pathlib import Path

APP_ID = "hk.cn2.PrivacyDashboard"
failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def png_size(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


def run(cmd):
    result = subprocess.run(cmd, capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        fail(f"{' '.join(cmd)} exited {result.returncode}:\n{output}")
    elif output:
        print(output)
    return output


def main():
    source, generated = Path(sys.argv[1]), Path(sys.argv[2])
    desktop = source / "resources" / f"{APP_ID}.desktop"
    metainfo = source / "resources" / f"{APP_ID}.metainfo.xml"
    run(["desktop-file-validate", str(desktop)])
    run(["appstreamcli", "validate", "--pedantic", "--no-net", "--explain", str(metainfo)])

    entry = desktop.read_text(encoding="utf-8")
    if f"\nIcon={APP_ID}\n" not in entry:
        fail(f"{desktop.name}: Icon= is not {APP_ID}")
    meta = metainfo.read_text(encoding="utf-8")
    if f"<id>{APP_ID}</id>" not in meta:
        fail(f"{metainfo.name}: <id> is not {APP_ID}")
    if f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' not in meta:
        fail(f"{metainfo.name}: <launchable> does not name {APP_ID}.desktop")
    main_cpp = (source / "app" / "main.cpp").read_text(encoding="utf-8")
    if f'setDesktopFileName(QStringLiteral("{APP_ID}"))' not in main_cpp:
        fail("app/main.cpp does not set the desktop file name to " + APP_ID)
    for shot in re.findall(r"<image>[^<]*/screenshots/([^<]+)</image>", meta):
        if not (source / "docs" / "screenshots" / shot).is_file():
            fail(f"{metainfo.name} shows {shot}, which is not in docs/screenshots")

    sizes = [16, 22, 24, 32, 48, 64, 128, 256, 512]
    for size in sizes:
        png = generated / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        if not png.is_file():
            fail(f"missing {png}")
        elif png_size(png.read_bytes()) != (size, size):
            fail(f"{png} is not a {size}x{size} PNG")

    ico = (generated / f"{APP_ID}.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    if (reserved, kind) != (0, 1) or count < 4:
        fail(f"{APP_ID}.ico: not an icon directory ({reserved}, {kind}, {count})")
    for i in range(count):
        w, h, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * i: 22 + 16 * i])
        w, h = w or 256, h or 256
        if png_size(ico[offset:offset + length]) != (w, h):
            fail(f"{APP_ID}.ico: entry {i} is not a {w}x{h} PNG")

    icns = (generated / f"{APP_ID}.icns").read_bytes()
    if icns[:4] != b"icns" or struct.unpack(">I", icns[4:8])[0] != len(icns):
        fail(f"{APP_ID}.icns: bad header")
    expected = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024}
    at, seen = 8, set()
    while at < len(icns):
        kind, length = icns[at:at + 4], struct.unpack(">I", icns[at + 4:at + 8])[0]
        side = expected.get(kind)
        if side is None or png_size(icns[at + 8:at + length]) != (side, side):
            fail(f"{APP_ID}.icns: entry {kind!r} is not a {side}x{side} PNG")
        seen.add(kind)
        at += length
    if seen != set(expected):
        fail(f"{APP_ID}.icns: missing {sorted(set(expected) - seen)}")

    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
