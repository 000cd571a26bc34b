#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpus in tests/fuzz/corpus/<target>/ (docs/fuzzing.md).

Seeds come from the examples in docs/api/openapi.yaml (responses, request bodies, problems) and,
for the documents the OpenAPI file has no example of, from the valid documents tests/unit/tst_codecs.cpp
builds (goodDoc). Hand-written edge cases and regression inputs live beside them under names starting
`edge-` and `regress-`; this script never touches those. Run it again after changing the API examples.
Each file is the target's input: for targets that dispatch on the first byte, that byte comes first.
"""
import hashlib
import json
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CORPUS = os.path.join(HERE, "corpus")

# fuzz_codecs: first byte % 31 picks the decoder (fuzz_codecs.cpp).
DECODER = {name: i for i, name in enumerate([
    "account", "personal", "servers", "domains", "devices", "cookies", "purposes", "sharing", "retention",
    "policy", "tokens", "request", "requests", "receipt", "receipts", "consents", "staff_queue",
    "staff_request", "grant", "grants", "access_log", "checkpoint", "audit", "refusals", "customers",
    "access_settings", "policy_document", "policy_versions", "incidents", "disclosures", "acceptances"])}

# OpenAPI response examples, by operation: which decoder reads the answer.
RESPONSE_DECODER = {
    ("get", "/v1/me/consents"): "consents",
    ("put", "/v1/me/consents/{purpose}"): "receipt",
    ("get", "/v1/me/access-log"): "access_log",
    ("get", "/v1/me/access-settings"): "access_settings",
    ("put", "/v1/me/access-settings"): "access_settings",
    ("get", "/v1/staff/requests"): "staff_queue",
    ("get", "/v1/staff/refusals"): "refusals",
    ("get", "/v1/staff/customers"): "customers",
    ("get", "/v1/staff/audit"): "audit",
    ("get", "/v1/audit/checkpoint"): "checkpoint",
    ("post", "/v1/me/requests"): "request",
}

META = {"purpose": ["service", "security"], "legal_basis": "contract", "source": "you", "retention": "P7Y",
        "updated_at": "2025-10-01T09:30:00Z"}


def server_event(i):
    return {"id": i, "server_id": f"srv-{i % 3 + 1}", "server_name": f"web-{i % 3 + 1}", "login_at": "2025-11-03T14:05:00Z",
            "duration_s": 3900, "traffic_bytes": 2500000000, "cpu_pct": 12.5, "memory_bytes": 734003200,
            "disk_bytes": 10737418240}


def request_doc(rid):
    return {"id": rid, "type": "deletion", "status": "in_review", "received_at": "2025-11-01T09:00:00Z",
            "due_at": "2025-12-01T09:00:00Z", "extended_due_at": "2026-01-01T09:00:00Z",
            "extension_reason": "Many records to check", "status_reason": None,
            "summary": {"type": "deletion", "scope": "records", "records": [{"category": "devices", "id": "dev-2"}],
                        "confirmation": "DELETE"},
            "retained": [{"category": "registration", "reason": "legal_obligation", "until": "2032-11-01T00:00:00Z"}],
            "history": [{"status": "received", "at": "2025-11-01T09:00:00Z", "note": None}],
            "messages": [{"at": "2025-11-02T10:00:00.250Z", "from": "staff", "staff": "Support agent 7", "kind": "question",
                          "text": "Which device?", "attachments": []},
                         {"at": "2025-11-02T11:00:00+08:00", "from": "customer", "staff": None, "kind": "reply",
                          "text": "The phone.", "attachments": ["att-5d57c04ecf439b05"]}],
            "export_ready": False}


def receipt(rid):
    return {"id": rid, "purpose": "marketing", "granted": True, "at": "2025-11-03T14:05:00Z", "policy_version": "2025-05-14"}


# From tests/unit/tst_codecs.cpp goodDoc(): the documents the OpenAPI file shows no example of.
GOOD = {
    "account": {"account_id": "C-1001", "username": "alice", "display_name": "Alice Chan", "role": "customer",
                "policy_version_accepted": "2025-05-14"},
    "personal": {"fields": [dict(META, key="name", value="Alice Chan", editable=True),
                            dict(META, key="email", value="alice@example.com", editable=False)],
                 "password_changed_at": "2025-09-30T08:00:00Z",
                 "payment_methods": [dict(META, id="pm-1", kind="card", brand="Visa", last4="4242", expiry="2027-08"),
                                     dict(META, id="pm-2", kind="platform", platform="AlipayHK",
                                          account_masked="a***e@example.com")]},
    "servers": {"items": [server_event(1), server_event(2)], "next_cursor": "c2VydmVyczo1", "has_more": True},
    "domains": {"items": [{"id": 1, "domain": "example.hk", "kind": "dns_change", "at": "2025-11-03T14:05:00Z",
                           "details": "A www 203.0.113.5 -> 203.0.113.9"}], "next_cursor": "ZDox", "has_more": False},
    "devices": {"items": [{"id": "dev-1", "type": "phone", "model": "Pixel 8", "os": "Android", "os_version": "15",
                           "browser": "Chrome", "browser_version": "131.0",
                           "identifiers": [{"kind": "imei", "value": "35-****-****-1234", "masked": True}],
                           "ip": "203.0.113.7", "operator": "CMHK", "connection": "5g",
                           "first_seen": "2024-01-05T10:00:00Z", "last_seen": "2025-11-03T14:05:00Z"}]},
    "cookies": {"items": [{"id": "ck-1", "name": "session_id", "kind": "cookie", "purpose": "essential",
                           "domain": "hkcloud.example", "lifetime_s": None, "consent_required": False},
                          {"id": "ck-2", "name": "_ga", "kind": "cookie", "purpose": "analytics",
                           "domain": ".hkcloud.example", "lifetime_s": 63072000, "consent_required": True}]},
    "purposes": {"items": [{"category": "registration", "purposes": [
        {"code": "service", "legal_basis": "contract", "consent_required": False}]}]},
    "sharing": {"items": [{"recipient": "payment_processing", "name": "PayCo Ltd", "categories": ["registration"],
                           "data": "Your name and card", "why": "To take payments"}]},
    "retention": {"items": [{"category": "server_usage", "period": "P1Y6M", "starts": "event",
                             "basis": "legitimate_interest"}]},
    "policy": {"version": "2025-05-14", "effective": "2025-05-14",
               "sections": [{"id": "I", "title": "What we collect", "body": "We collect..."}]},
    "tokens": {"access_token": "at-3f9a0c", "token_type": "Bearer", "expires_in": 300, "refresh_token": "rt-77b1e2",
               "scope": "profile"},
    "request": request_doc("R-1001"),
    "requests": {"items": [request_doc("R-1001")], "next_cursor": "cmVxOjI", "has_more": False},
    "receipt": receipt("CR-1"),
    "receipts": {"items": [receipt("CR-1"), receipt("CR-2")]},
}


def write(target, name, data):
    d = os.path.join(CORPUS, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def js(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":")).encode()


def examples(content):
    if "example" in content:
        yield content["example"]
    for e in (content.get("examples") or {}).values():
        if "value" in e:
            yield e["value"]


def main():
    api = yaml.safe_load(open(os.path.join(ROOT, "docs", "api", "openapi.yaml"), encoding="utf-8"))
    for d in ("fuzz_codecs", "fuzz_problem", "fuzz_provider_body", "fuzz_jcs"):
        dd = os.path.join(CORPUS, d)
        if os.path.isdir(dd):
            for f in os.listdir(dd):
                if f.startswith("api-") or f.startswith("doc-"):
                    os.remove(os.path.join(dd, f))

    for name, doc in GOOD.items():
        write("fuzz_codecs", f"doc-{name}", bytes([DECODER[name]]) + js(doc))
    grant = api["components"]["schemas"]["Grant"]["example"]
    write("fuzz_codecs", "api-grant", bytes([DECODER["grant"]]) + js(grant))
    write("fuzz_codecs", "api-grants", bytes([DECODER["grants"]]) + js({"items": [grant]}))

    for path, ops in api["paths"].items():
        for method, op in ops.items():
            if not isinstance(op, dict):
                continue
            slug = (method + path).replace("/", "-").replace("{", "").replace("}", "")
            for ct, c in ((op.get("requestBody") or {}).get("content") or {}).items():
                for i, ex in enumerate(examples(c)):
                    if ct == "application/json" and isinstance(ex, dict):
                        write("fuzz_provider_body", f"api-{slug}-{i}", b"\x00" + js(ex))
            for code, r in (op.get("responses") or {}).items():
                for ct, c in ((r or {}).get("content") or {}).items():
                    for i, ex in enumerate(examples(c)):
                        if not isinstance(ex, (dict, list)):
                            continue
                        body = js(ex)
                        if ct == "application/problem+json":
                            status = int(code)
                            write("fuzz_problem", f"api-{slug}-{code}-{i}", bytes([(status - 100) >> 8, (status - 100) & 0xff]) + body)
                            continue
                        which = RESPONSE_DECODER.get((method, path))
                        if which:
                            write("fuzz_codecs", f"api-{slug}-{code}-{i}", bytes([DECODER[which]]) + body)
                        # Every JSON example is also a canonicalisation seed.
                        h = hashlib.sha1(body).hexdigest()[:8]
                        write("fuzz_jcs", f"api-{slug}-{code}-{h}", body)
                        if which == "staff_queue":
                            # The staff view of one request: the queue row's members and the request's.
                            item = dict(request_doc("R-DE0001"))
                            item.update(ex["items"][0])
                            write("fuzz_codecs", "api-staff-request", bytes([DECODER["staff_request"]]) + js(item))

    # Request bodies for POST /v1/me/requests, one of each type (docs/api), and the form bodies
    # (POST /oauth/token) the form parser reads.
    bodies = {
        "complaint": {"type": "complaint", "kind": "complaint", "subject": "Slow", "message": "The site was slow."},
        "correction": {"type": "correction", "field": "email", "proposed_value": "a@example.hk", "reason": "typo",
                       "attachments": ["att-0001"]},
        "deletion-records": {"type": "deletion", "scope": "records", "confirmation": "DELETE",
                             "records": [{"category": "devices", "id": "D-1"}, {"category": "cookies", "id": "K-1"}]},
        "deletion-range": {"type": "deletion", "scope": "records", "confirmation": "DELETE",
                           "range": {"category": "server_usage", "from": "2025-01-01T00:00:00Z", "to": "2025-02-01T00:00:00+08:00"}},
        "deletion-category": {"type": "deletion", "scope": "category", "category": "cookies", "confirmation": "DELETE"},
        "deletion-account": {"type": "deletion", "scope": "account", "confirmation": "DELETE"},
        "cancel": {"type": "cancel_account", "reason": " moving ", "confirmation": "CANCEL"},
        "export": {"type": "export", "format": "json"},
    }
    for name, b in bodies.items():
        write("fuzz_provider_body", f"doc-{name}", b"\x00" + js(b))
    write("fuzz_provider_body", "doc-form-token",
          b"\x02grant_type=authorization_code&code=abc&redirect_uri=http%3A%2F%2F127.0.0.1%3A5123%2Fcallback"
          b"&client_id=privacy-dashboard&code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
    write("fuzz_provider_body", "doc-form-refresh", b"\x02grant_type=refresh_token&refresh_token=rt-77b1e2&client_id=x+y")


if __name__ == "__main__":
    sys.exit(main())
