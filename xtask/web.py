#!/usr/bin/env python3
"""Builds and serves the web bundle. Reads its settings from wasm-pack.toml.

    python3 xtask/web.py build          # wasm32 build + wasm-bindgen + wasm-opt into [build].out-dir
    python3 xtask/web.py serve [PORT]   # build, then serve www/ on 127.0.0.1 and print the URL
    python3 xtask/web.py size           # raw and gzipped size of the web bundle

Needs: the wasm32-unknown-unknown target, wasm-bindgen-cli at the version in Cargo.lock and the
npm tools in xtask/ (`bash xtask/setup.sh` installs all of them).
"""
import functools
import gzip
import http.server
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent


def settings():
    with open(ROOT / "wasm-pack.toml", "rb") as f:
        return tomllib.load(f)


def run(cmd, **kw):
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT, **kw)


def build():
    cfg = settings()
    b = cfg["build"]
    profile = b.get("profile", "release")
    run(["cargo", "build", "--lib", "--target", "wasm32-unknown-unknown", "--profile", profile])
    sub = "release" if profile == "release" else ("debug" if profile == "dev" else profile)
    wasm = ROOT / "target" / "wasm32-unknown-unknown" / sub / "article_analyzer.wasm"
    out = ROOT / b["out-dir"]
    if out.exists():
        shutil.rmtree(out)
    run(["wasm-bindgen", "--target", b["target"], "--out-dir", str(out), "--out-name", b["out-name"], str(wasm)])
    opt = cfg.get("wasm-opt", {})
    if opt.get("enabled", False):
        tool = ROOT / "xtask" / "node_modules" / ".bin" / "wasm-opt"
        if not tool.exists():
            sys.exit("wasm-opt from npm is missing: run `bash xtask/setup.sh` (never use Debian's binaryen)")
        target = out / f"{b['out-name']}_bg.wasm"
        run([str(tool), *opt.get("passes", ["-Oz"]), str(target), "-o", str(target)])
    (out / ".gitignore").write_text("*\n")
    report_size()


def bundle_files():
    """The files a page needs: the wasm, its JS glue and the page's own modules."""
    out = ROOT / settings()["build"]["out-dir"]
    files = [p for p in out.glob("*") if p.suffix in (".wasm", ".js")]
    www = ROOT / "www"
    files += [p for p in www.rglob("*") if p.is_file() and p.suffix in (".js", ".html", ".css") and out not in p.parents]
    return files


def report_size():
    files = bundle_files()
    raw = sum(p.stat().st_size for p in files)
    gz = sum(len(gzip.compress(p.read_bytes(), 9)) for p in files)
    wasm = [p for p in files if p.suffix == ".wasm"]
    wraw = sum(p.stat().st_size for p in wasm)
    wgz = sum(len(gzip.compress(p.read_bytes(), 9)) for p in wasm)
    print(f"web bundle: {len(files)} files, {raw} bytes raw, {gz} bytes gzipped (wasm {wraw} raw, {wgz} gzipped)")
    return raw, gz, wraw, wgz


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm", ".js": "text/javascript", ".mjs": "text/javascript"}

    def log_message(self, fmt, *args):
        pass


def serve(port):
    build()
    handler = functools.partial(Handler, directory=str(ROOT / "www"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    print(f"article-analyzer page: http://127.0.0.1:{server.server_address[1]}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


def main():
    args = sys.argv[1:] or ["build"]
    if args[0] == "build":
        build()
    elif args[0] == "serve":
        serve(int(args[1]) if len(args) > 1 else 8000)
    elif args[0] == "size":
        report_size()
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
