#!/bin/sh
# First start of the compose database: the roles and grants of deploy/db-roles.sql.
set -eu
psql -v ON_ERROR_STOP=1 -U postgres \
    -v owner_password="'$MRC_DB_OWNER_PASSWORD'" -v app_password="'$MRC_DB_APP_PASSWORD'" \
    -f /mrc/db-roles.sql postgres
