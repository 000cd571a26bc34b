#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The flatpak manifest parses (flatpak-builder --show-manifest reads it as a build would) and says
what packaging/README.md promises: the app id used everywhere, a KDE runtime with Qt 6.4 or later,
exactly the sandbox permissions below (talking to the keyring, never owning a name), QtKeychain built
with Qt 6 from a pinned release, and the app built without the provider, tests and benchmarks, with
options the top-level CMakeLists.txt really has. Nothing is downloaded or built."""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

APP_ID = "hk.cn2.PrivacyDashboard"
FINISH_ARGS = [
    "--share=network",
    "--socket=wayland",
    "--socket=fallback-x11",
    "--share=ipc",
    "--device=dri",
    "--talk-name=org.freedesktop.secrets",
    "--talk-name=org.kde.kwalletd5",
    "--talk-name=org.kde.kwalletd6",
    "--talk-name=org.freedesktop.Notifications",
]
APP_OPTIONS = {"PD_BUILD_PROVIDER": "OFF", "PD_BUILD_TESTS": "OFF", "PD_BUILD_BENCH": "OFF"}

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


def cmake_options(config_opts):
    """-DNAME=VALUE or -DNAME:TYPE=VALUE -> {NAME: VALUE}"""
    found = {}
    for opt in config_opts:
        m = re.fullmatch(r"-D([A-Za-z0-9_]+)(?::[A-Z]+)?=(.*)", opt)
        if m:
            found[m.group(1)] = m.group(2)
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--flatpak-builder", required=True)
    ap.add_argument("--manifest", required=True)
    ap.add_argument("--top-cmakelists", required=True)
    args = ap.parse_args()

    try:
        # flatpak-builder leaves a .flatpak-builder state folder where it runs: in a throwaway one.
        with tempfile.TemporaryDirectory(prefix="pd-flatpak-") as scratch:
            run = subprocess.run([args.flatpak_builder, "--show-manifest", os.path.abspath(args.manifest)],
                                 capture_output=True, text=True, timeout=60, cwd=scratch)
    except FileNotFoundError:
        print(f"{args.flatpak_builder} not found: scripts/install-deps.sh installs flatpak-builder")
        return 1
    if run.returncode != 0:
        print(f"flatpak-builder could not read the manifest:\n{run.stderr}")
        return 1
    manifest = json.loads(run.stdout)

    check(manifest.get("id", manifest.get("app-id")) == APP_ID, f"app id is {APP_ID}")
    check(manifest.get("runtime") == "org.kde.Platform", "runtime is org.kde.Platform")
    check(manifest.get("sdk") == "org.kde.Sdk", "sdk is org.kde.Sdk")
    version = str(manifest.get("runtime-version", ""))
    m = re.fullmatch(r"(\d+)\.(\d+)", version)
    check(bool(m) and (int(m.group(1)), int(m.group(2))) >= (6, 4),
          f"runtime-version is a Qt 6 KDE runtime, 6.4 or later (is '{version}')")
    check(manifest.get("command") == "privacy-dashboard", "command is privacy-dashboard")

    finish = manifest.get("finish-args", [])
    check(sorted(finish) == sorted(FINISH_ARGS) and len(finish) == len(set(finish)),
          f"finish-args are exactly {FINISH_ARGS} (are {finish})")
    check(not any(a.startswith("--own-name") for a in finish), "no --own-name: a client talks, it does not own")

    modules = {mod.get("name"): mod for mod in manifest.get("modules", []) if isinstance(mod, dict)}
    check(list(modules) == ["qtkeychain", "privacy-dashboard"],
          f"modules are qtkeychain then privacy-dashboard (are {list(modules)})")

    keychain = modules.get("qtkeychain", {})
    check(cmake_options(keychain.get("config-opts", [])).get("BUILD_WITH_QT6") == "ON",
          "qtkeychain is built with -DBUILD_WITH_QT6=ON")
    sources = keychain.get("sources", [])
    pinned = [s for s in sources if s.get("type") == "git" and s.get("tag")
              and re.fullmatch(r"[0-9a-f]{40}", s.get("commit", ""))]
    pinned += [s for s in sources if s.get("type") == "archive"
               and re.fullmatch(r"[0-9a-f]{64}", s.get("sha256", ""))]
    check(len(sources) == 1 and len(pinned) == 1,
          "qtkeychain comes from one pinned release: git with tag and commit, or an archive with sha256")

    app = modules.get("privacy-dashboard", {})
    options = cmake_options(app.get("config-opts", []))
    for name, value in APP_OPTIONS.items():
        check(options.get(name) == value, f"privacy-dashboard is configured with -D{name}={value}")
    with open(args.top_cmakelists, encoding="utf-8") as f:
        declared = set(re.findall(r"^\s*option\(\s*([A-Za-z0-9_]+)", f.read(), re.M))
    for name in options:
        if name.startswith("PD_"):
            check(name in declared, f"-D{name} is an option of the top-level CMakeLists.txt")
    app_sources = app.get("sources", [])
    check(len(app_sources) == 1 and app_sources[0].get("type") == "dir" and app_sources[0].get("path") == "../..",
          "privacy-dashboard is built from this source tree (type: dir, path: ../..)")

    if failures:
        for f in failures:
            print(f"FAIL: {f}")
        return 1
    print(f"{args.manifest}: parses; {len(FINISH_ARGS)} finish-args, modules {', '.join(modules)}: as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
