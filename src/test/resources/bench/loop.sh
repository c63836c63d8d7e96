#!/usr/bin/env bash
# What one would write instead of rtk-warehouse (jobs/bench --only=fixed-cost runs it beside it):
#   loop.sh load FROM TO   every app of the account, every day FROM..TO (UTC): per app, one curl
#                          with a request per day, jq, and one psql upserting the app's rows
#   loop.sh status         per app: days loaded and the last one
#   loop.sh gaps FROM TO   the app-days of FROM..TO without a row
# Environment: API (base URL), CLOUDFLARE_API_TOKEN, CLOUDFLARE_ACCOUNT_ID, PG* (the database),
# LOOP_TABLE (default daily; any table with app_id and day for status and gaps).
set -euo pipefail
api="$API/accounts/$CLOUDFLARE_ACCOUNT_ID/realtime/kit" auth="Authorization: Bearer $CLOUDFLARE_API_TOKEN" table=${LOOP_TABLE:-daily}
case $1 in
load)
	from=$(date -ud "$2" +%s) to=$(date -ud "$3" +%s) page=1 apps=()
	while ids=$(curl -fsS -H "$auth" "$api/apps?page_no=$page&per_page=50" | jq -r '.data[].id') && [ -n "$ids" ]; do apps+=($ids) page=$((page + 1)); done
	psql -qc "SET client_min_messages = warning; CREATE TABLE IF NOT EXISTS $table (app_id text, day date, count bigint, ingest bigint, viewer bigint, PRIMARY KEY (app_id, day))"
	for app in "${apps[@]}"; do
		for ((t = from; t <= to; t += 86400)); do echo "url = \"$api/$app/analytics/livestreams/overall?start_time=$t&end_time=$((t + 86400))\""; done |
			curl -fsS --fail-early -H "$auth" -K - |
			jq -rn --arg app "$app" --argjson from "$from" '[inputs] | to_entries[] | .value.data as $d
				| [$app, ($from + 86400 * .key | strftime("%F")), $d.count, $d.total_ingest_seconds, $d.total_viewer_seconds] | @csv' |
			psql -q -v ON_ERROR_STOP=1 -c "CREATE TEMP TABLE t (LIKE $table)" -c '\copy t FROM pstdin CSV' \
				-c "INSERT INTO $table SELECT * FROM t ON CONFLICT (app_id, day) DO UPDATE SET count = EXCLUDED.count, ingest = EXCLUDED.ingest, viewer = EXCLUDED.viewer"
	done ;;
status) psql -c "SELECT app_id, count(*) AS days, max(day) AS last_day FROM $table GROUP BY app_id ORDER BY app_id" ;;
gaps) psql -c "SELECT a.app_id, d::date AS day FROM (SELECT DISTINCT app_id FROM $table) a CROSS JOIN generate_series('$2'::date, '$3', '1 day') d
	WHERE NOT EXISTS (SELECT 1 FROM $table x WHERE x.app_id = a.app_id AND x.day = d) ORDER BY 1, 2" ;;
*) echo "usage: loop.sh load FROM TO | status | gaps FROM TO" >&2; exit 2 ;;
esac
