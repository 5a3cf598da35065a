#!/usr/bin/env python3
"""Conformance harness: runs corslint's Python cases against the real libraries.

Usage: harness.py CASES_DIR

Every CASES_DIR/NAME.probes.json names a framework ("flask", "starlette" or
"django") and lists probes; NAME.py is the application (Flask or Starlette,
exposing `app`) or the Django settings module. Each probe is sent in-process
(Flask test_client, Starlette TestClient, Django test Client), so no socket is
opened. The result is one JSON document on stdout:

    {"python": "3.11.2",
     "versions": {"flask-cors": "3.0.10", ...},
     "missing": ["module: error", ...],
     "cases": {"NAME": {"error": "...",
                        "probes": [{"status": 200,
                                    "headers": [["Access-Control-Allow-Origin", "..."], ...]}]}}}

Only CORS response headers (Access-Control-*) and Vary are reported, every
field in the order the library set it. A case that cannot be loaded reports
"error" instead of probes; the Go test turns that into a failure.
"""

import importlib.util
import json
import os
import platform
import sys
import traceback

# Requests name the browser's Access-Control-Request-Headers the way Chromium
# and Firefox build it: lower-case names, sorted, joined by a bare comma.


def acrh_value(names):
    return ",".join(sorted({n.strip().lower() for n in names if n.strip()}))


def request_headers(probe):
    """Request headers of a probe, as a plain dict of header name -> value."""
    h = {}
    if probe.get("origin"):
        h["Origin"] = probe["origin"]
    if probe.get("requestMethod"):
        h["Access-Control-Request-Method"] = probe["requestMethod"]
    if probe.get("requestHeaders"):
        h["Access-Control-Request-Headers"] = acrh_value(probe["requestHeaders"])
    if probe.get("privateNetwork"):
        h["Access-Control-Request-Private-Network"] = "true"
    if probe.get("cookie"):
        h["Cookie"] = "session=conformance"
    return h


def cors_fields(items):
    """Keeps the CORS-relevant fields of (name, value) pairs, in order."""
    out = []
    for name, value in items:
        low = name.lower()
        if low.startswith("access-control-") or low == "vary":
            out.append([name, value])
    return out


def load_module(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run_flask(path, name, probes):
    mod = load_module(path, "corslint_case_" + name)
    client = mod.app.test_client()
    out = []
    for p in probes:
        resp = client.open(p["path"], method=p["method"], headers=request_headers(p))
        out.append({"status": resp.status_code, "headers": cors_fields(resp.headers.items())})
        resp.close()
    return out


def run_starlette(path, name, probes):
    from starlette.testclient import TestClient

    mod = load_module(path, "corslint_case_" + name)
    out = []
    with TestClient(mod.app, base_url="http://testserver") as client:
        for p in probes:
            resp = client.request(p["method"], p["path"], headers=request_headers(p))
            out.append({"status": resp.status_code, "headers": cors_fields(resp.headers.multi_items())})
    return out


# The Django URLconf every Django case uses: one view answering any path.
urlpatterns = []


def setup_django():
    import django
    from django.conf import settings
    from django.http import HttpResponse
    from django.urls import re_path

    def view(request):
        return HttpResponse("ok", content_type="text/plain")

    urlpatterns.append(re_path(r"^.*$", view))
    sys.modules["corslint_conformance_urls"] = sys.modules[__name__]
    settings.configure(
        DEBUG=False,
        SECRET_KEY="conformance",
        ALLOWED_HOSTS=["testserver"],
        ROOT_URLCONF="corslint_conformance_urls",
        INSTALLED_APPS=["corsheaders"],
        MIDDLEWARE=[],
        DATABASES={},
        USE_TZ=True,
    )
    django.setup()


# Middleware a settings file may list that needs no installed app or
# database; the others (sessions, auth, messages) are left out of the run.
SAFE_MIDDLEWARE = {
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
}


def run_django(path, name, probes):
    from django.test import Client, override_settings

    mod = load_module(path, "corslint_case_" + name)
    # Only the case's settings that matter to a request: the CORS_* ones and
    # the middleware list (the URLconf and hosts stay the harness's).
    case = {k: getattr(mod, k) for k in dir(mod) if k.startswith("CORS_")}
    case["MIDDLEWARE"] = [m for m in getattr(mod, "MIDDLEWARE", []) if m.startswith("corsheaders.") or m in SAFE_MIDDLEWARE]
    out = []
    with override_settings(**case):
        client = Client()
        for p in probes:
            extra = {"HTTP_" + k.upper().replace("-", "_"): v for k, v in request_headers(p).items()}
            resp = client.generic(p["method"], p["path"], **extra)
            out.append({"status": resp.status_code, "headers": cors_fields(resp.items())})
    return out


RUNNERS = {"flask": run_flask, "starlette": run_starlette, "django": run_django}

# Distribution name -> module whose version is reported.
LIBRARIES = [
    ("flask", "flask"),
    ("flask-cors", "flask_cors"),
    ("starlette", "starlette"),
    ("httpx", "httpx"),
    ("django", "django"),
    ("django-cors-headers", "corsheaders"),
]


def versions():
    from importlib import metadata

    found, missing = {}, []
    for dist, module in LIBRARIES:
        try:
            importlib.import_module(module)
        except Exception as e:  # noqa: BLE001 - any import failure means "missing"
            missing.append("%s: %s" % (module, e))
            continue
        try:
            found[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            found[dist] = getattr(sys.modules[module], "__version__", "unknown")
    return found, missing


def main():
    if len(sys.argv) != 2:
        print("usage: harness.py CASES_DIR", file=sys.stderr)
        return 2
    cases_dir = sys.argv[1]
    found, missing = versions()
    result = {"python": platform.python_version(), "versions": found, "missing": missing, "cases": {}}
    if missing:
        json.dump(result, sys.stdout, indent=1)
        return 0
    setup_django()
    for entry in sorted(os.listdir(cases_dir)):
        if not entry.endswith(".probes.json"):
            continue
        name = entry[: -len(".probes.json")]
        try:
            with open(os.path.join(cases_dir, entry), encoding="utf-8") as f:
                spec = json.load(f)
            run = RUNNERS[spec["framework"]]
            probes = run(os.path.join(cases_dir, name + ".py"), name, spec["probes"])
            result["cases"][name] = {"probes": probes}
        except Exception:  # noqa: BLE001 - reported per case, the run goes on
            result["cases"][name] = {"error": traceback.format_exc(limit=5)}
    json.dump(result, sys.stdout, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
