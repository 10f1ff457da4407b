"""Writes deploy/kubernetes/base/keycloak-realm-import.yaml from deploy/keycloak/mrc-realm.json (the one realm
definition); the realm's ${...} placeholders are filled by the Keycloak operator from the mrc-realm-settings Secret."""
import json
import pathlib

import yaml

deploy = pathlib.Path(__file__).resolve().parent.parent
realm = json.loads((deploy / "keycloak/mrc-realm.json").read_text())
settings = {
    "MRC_OIDC_AUDIENCE": "oidc-audience",
    "MRC_FRONT_DESK_REDIRECT_URI": "front-desk-redirect-uri",
    "MRC_PARTNER_EXAMPLE_ID": "partner-example-id",
    "MRC_PARTNER_EXAMPLE_SECRET": "partner-example-secret",
}
document = {
    "apiVersion": "k8s.keycloak.org/v2alpha1",
    "kind": "KeycloakRealmImport",
    "metadata": {"name": "mrc-realm"},
    "spec": {
        "keycloakCRName": "keycloak",
        "placeholders": {
            name: {"secret": {"name": "mrc-realm-settings", "key": key}} for name, key in settings.items()
        },
        "realm": realm,
    },
}
with open(deploy / "kubernetes/base/keycloak-realm-import.yaml", "w") as out:
    out.write("# Generated from deploy/keycloak/mrc-realm.json (KubernetesManifestTest fails when they differ):\n")
    out.write("#   python3 deploy/kubernetes/realm-import.py\n")
    yaml.safe_dump(document, out, sort_keys=False, width=120)
