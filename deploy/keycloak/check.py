"""The HTTP half of deploy/keycloak-check: users and tokens from a real Keycloak, then the expected access of every
role against the production jar. Prints one line per check and fails (exit 1) on the first summary with a miss."""
import json
import os
import secrets
import sys
import urllib.error
import urllib.parse
import urllib.request

KC = f"http://127.0.0.1:{os.environ['KC_PORT']}"
APP = f"http://127.0.0.1:{os.environ['APP_PORT']}"
REALM = f"{KC}/realms/mrc"
ADMIN = f"{KC}/admin/realms/mrc"


def call(method, url, token=None, body=None, form=None, headers=None):
    data, hdrs = None, dict(headers or {})
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        hdrs["Content-Type"] = "application/x-www-form-urlencoded"
    elif body is not None:
        data = json.dumps(body).encode()
        hdrs["Content-Type"] = "application/json"
    if token:
        hdrs["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=data, method=method, headers=hdrs)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            raw = response.read()
            return response.status, dict(response.headers), (json.loads(raw) if raw.strip() else None)
    except urllib.error.HTTPError as e:
        raw = e.read()
        try:
            parsed = json.loads(raw) if raw.strip() else None
        except ValueError:
            parsed = raw.decode(errors="replace")
        return e.code, dict(e.headers), parsed


def token(form):
    status, _, body = call("POST", f"{REALM}/protocol/openid-connect/token", form=form)
    assert status == 200, f"token request refused: {status} {body}"
    return body["access_token"]


def admin_token():
    status, _, body = call("POST", f"{KC}/realms/master/protocol/openid-connect/token", form={
        "grant_type": "password", "client_id": "admin-cli",
        "username": os.environ["KC_BOOTSTRAP_ADMIN_USERNAME"], "password": os.environ["KC_BOOTSTRAP_ADMIN_PASSWORD"]})
    assert status == 200, f"Keycloak admin sign-in refused: {status}"
    return body["access_token"]


def create_user(kc, username, role, attributes):
    password = secrets.token_urlsafe(18)
    status, headers, body = call("POST", f"{ADMIN}/users", token=kc, body={
        "username": username, "enabled": True, "email": f"{username}@mrc.example", "emailVerified": True,
        "firstName": username, "lastName": "Staff", "attributes": attributes,
        "credentials": [{"type": "password", "value": password, "temporary": False}]})
    assert status == 201, f"user {username} not created: {status} {body}"
    user_id = headers["Location"].rsplit("/", 1)[1]
    _, _, representation = call("GET", f"{ADMIN}/roles/{role}", token=kc)
    status, _, body = call("POST", f"{ADMIN}/users/{user_id}/role-mappings/realm", token=kc, body=[representation])
    assert status == 204, f"role {role} not granted: {status} {body}"
    # The user profile must have kept the attribute (Keycloak drops undeclared ones silently).
    _, _, stored = call("GET", f"{ADMIN}/users/{user_id}", token=kc)
    for name, value in attributes.items():
        assert stored.get("attributes", {}).get(name) == value, f"{name} was not stored for {username}"
    return token({"grant_type": "password", "client_id": "mrc-front-desk", "scope": "openid",
                  "username": username, "password": password}), user_id


def other_client_token(kc):
    """A client of the same realm without the mrc-casework audience scope: its tokens must not be accepted."""
    secret = secrets.token_urlsafe(18)
    status, _, body = call("POST", f"{ADMIN}/clients", token=kc, body={
        "clientId": "other-app", "enabled": True, "publicClient": False, "secret": secret,
        "serviceAccountsEnabled": True, "standardFlowEnabled": False, "defaultClientScopes": ["basic", "roles"]})
    assert status == 201, f"other-app not created: {status} {body}"
    _, _, clients = call("GET", f"{ADMIN}/clients?clientId=other-app", token=kc)
    _, _, account = call("GET", f"{ADMIN}/clients/{clients[0]['id']}/service-account-user", token=kc)
    _, _, admin_role = call("GET", f"{ADMIN}/roles/admin", token=kc)
    call("POST", f"{ADMIN}/users/{account['id']}/role-mappings/realm", token=kc, body=[admin_role])
    return token({"grant_type": "client_credentials", "client_id": "other-app", "client_secret": secret})


results = []


def expect(name, status, method, path, token=None, body=None, check=None):
    got, headers, payload = call(method, APP + path, token=token, body=body,
                                 headers={"X-Request-Id": "kc-check"})
    ok = got == status and (check is None or check(payload))
    results.append(ok)
    print(f"{'ok  ' if ok else 'FAIL'} {name}: {method} {path} -> {got} (expected {status})")
    if not ok and payload is not None:
        print(f"     {json.dumps(payload)[:400]}")
    return payload


def problem_type(suffix):
    return lambda p: isinstance(p, dict) and str(p.get("type", "")).endswith(suffix)


def main():
    kc = admin_token()
    caseworker, caseworker_id = create_user(kc, "desk-lipa", "caseworker", {"office_code": ["BTG-LIP"]})
    coordinator, _ = create_user(kc, "centre-lead", "coordinator", {"office_code": ["BTG"]})
    analyst, _ = create_user(kc, "planner", "analyst", {})
    auditor, _ = create_user(kc, "dpo", "auditor", {})
    admin, _ = create_user(kc, "sysadmin", "admin", {})
    no_office, _ = create_user(kc, "desk-unassigned", "caseworker", {})
    partner = token({"grant_type": "client_credentials", "client_id": "mrc-partner-example",
                     "client_secret": os.environ["MRC_PARTNER_EXAMPLE_SECRET"]})
    foreign = other_client_token(kc)
    person = {"givenName": "Kc", "familyName": "Check" + secrets.token_hex(3), "sex": "FEMALE",
              "birthDate": "1984-03-09", "nationalities": ["PH"], "roles": ["RETURNEE"]}

    expect("no token", 401, "GET", "/offices/tree", check=problem_type("unauthenticated"))
    expect("token for another client of the realm (wrong audience)", 401, "GET", "/offices/tree", token=foreign)
    expect("caseworker without office_code", 403, "GET", "/clients?name=Kc", token=no_office,
           check=lambda p: problem_type("missing-claim")(p) and "office_code" in json.dumps(p))

    expect("caseworker sees their desk (bootstrapped office)", 200, "GET", "/offices/in-my-scope", token=caseworker,
           check=lambda p: [o["code"] for o in p] == ["BTG-LIP"])
    expect("coordinator sees the centre and its desks", 200, "GET", "/offices/in-my-scope", token=coordinator,
           check=lambda p: {o["code"] for o in p} == {"BTG", "BTG-LIP", "BTG-TAN", "BTG-STO"})
    created = expect("caseworker registers a client", 201, "POST", "/clients?confirmNotDuplicate=true",
                     token=caseworker, body=person)
    expect("caseworker searches", 200, "GET", "/clients?name=Kc", token=caseworker)
    expect("caseworker reads the client", 200, "GET", f"/clients/{created['id']}", token=caseworker)
    expect("coordinator above the desk reads the client", 200, "GET", f"/clients/{created['id']}", token=coordinator)
    expect("analyst has no client endpoints", 403, "GET", f"/clients/{created['id']}", token=analyst)
    expect("auditor has no client endpoints", 403, "GET", "/clients?name=Kc", token=auditor)
    expect("admin has no client endpoints", 403, "GET", "/clients?name=Kc", token=admin)
    expect("partner has no client endpoints", 403, "GET", "/clients?name=Kc", token=partner)
    expect("admin opens an office", 201, "POST", "/offices", token=admin,
           body={"code": "BTG-ROS", "name": "Rosario desk", "kind": "MIGRATION_DESK", "country": "PH"})
    expect("coordinator cannot open offices", 403, "POST", "/offices", token=coordinator,
           body={"code": "BTG-IBA", "name": "Ibaan desk", "kind": "MIGRATION_DESK", "country": "PH"})
    expect("every role reads the bootstrapped catalogue addition", 200, "GET",
           "/service-types/OVERSEAS_VOTER_REGISTRATION", token=partner)
    expect("partner (client credentials) is its bootstrapped organisation", 200, "GET", "/partner/organisation",
           token=partner, check=lambda p: p["id"] == os.environ["MRC_PARTNER_EXAMPLE_ID"])
    expect("partner pulls its referral feed", 200, "GET", "/partner/referrals", token=partner)
    expect("caseworker has no partner feed", 403, "GET", "/partner/referrals", token=caseworker)
    expect("admin rebuilds the reports", 200, "POST", "/reports/refresh", token=admin)
    expect("analyst reads a report", 200, "GET", "/reports/caseload", token=analyst)
    expect("coordinator reads their subtree's report", 200, "GET", "/reports/caseload?office=BTG", token=coordinator)
    expect("caseworker reads no reports", 403, "GET", "/reports/caseload", token=caseworker)
    expect("auditor reads the audit trail", 200, "GET", f"/audit?actor={caseworker_id}", token=auditor,
           check=lambda p: any(e["action"] == "client.create" for e in p["items"]))
    expect("analyst cannot read the audit trail", 403, "GET", "/audit", token=analyst)
    expect("partner cannot read the audit trail", 403, "GET", "/audit", token=partner)

    passed = sum(results)
    print(f"keycloak-check: {passed} of {len(results)} checks passed")
    sys.exit(0 if passed == len(results) else 1)


if __name__ == "__main__":
    main()
