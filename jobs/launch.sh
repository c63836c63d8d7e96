# shellcheck shell=bash
# What jobs/nightly and jobs/backfill share, sourced by both: `launch COMMAND ARGS...` reads
# the environment file, finds java and the jar, and replaces the script with
# `java $JAVA_OPTS -jar JAR COMMAND ARGS...`, so the jar's exit code is the script's and a
# SIGTERM reaches the JVM.
#
# Environment file: $RTK_ENV_FILE, default /etc/rtk-warehouse/rtk-warehouse.env. None is read
# when it does not exist or RTK_ENV_FILE is set empty. It is read as systemd reads an
# EnvironmentFile=, never through the shell, so that one file serves cron, systemd and a
# manual run alike (see rtk-warehouse.env.example):
#   - blank lines, and lines whose first non-blank character is # or ;, are skipped;
#   - every other line is NAME=value; a # after the value is part of the value;
#   - nothing is expanded ($HOME stays $HOME), and `export` is not allowed;
#   - whitespace around the value is dropped; a value may be enclosed in "..." (in which
#     \" \\ \$ \` stand for " \ $ `) or in '...' (taken as it is), and the quotes are removed;
#     unquoted, \x stands for x;
#   - a value is one line: an unclosed quote, text after the closing quote or a trailing
#     backslash are refused, as is any line that is not NAME=value; the script then names
#     the file and the line (never the value, which may be a secret) and exits 2.
# A variable already set in the environment wins over the file, so that
# `RTK_LOOKBACK_DAYS=10 jobs/nightly` tries a setting by hand without editing the file; under
# systemd, which has set the file's variables already, reading it again changes nothing.
# (PATH is always set, so the file cannot change the scripts' PATH: set JAVA_HOME there.)
#
# Java: $JAVA_HOME/bin/java when JAVA_HOME is set, else java from PATH, else
# /usr/local/bin/java or /opt/java/openjdk/bin/java (cron's PATH is only /usr/bin:/bin).
# JAVA_OPTS is split at white space into JVM options.
#
# Jar: $RTK_JAR when it is set; else rtk-warehouse.jar in the parent of the scripts' directory
# (the install layout, /opt/rtk-warehouse/rtk-warehouse.jar), then target/rtk-warehouse.jar
# there (a checkout), then /app/rtk-warehouse.jar (the container image).
#
# Exit code 2, as the jar's for bad configuration, when the file, java or the jar is wrong.

rtk_fail() {
	echo "rtk-warehouse: $*" >&2
	exit 2
}

# Sets REPLY to the value of a NAME=value line as systemd reads it, from TEXT, what follows the
# = and the white space after it; returns 1 for what systemd would read across lines or join
# with the text after a closing quote.
rtk_env_value() {
	local rest=$1 quote='' c out='' kept=0
	case $rest in \"* | \'*) quote=${rest:0:1} rest=${rest:1} ;; esac
	while [ -n "$rest" ]; do
		c=${rest:0:1} rest=${rest:1}
		if [ -n "$quote" ] && [ "$c" = "$quote" ]; then
			[[ $rest =~ ^[[:space:]]*$ ]] || return 1
			REPLY=$out
			return 0
		fi
		if [ "$c" = "\\" ] && [ "$quote" != "'" ]; then
			[ -n "$rest" ] || return 1
			c=${rest:0:1} rest=${rest:1}
			# In double quotes a backslash before any other character stays, as in the shell.
			if [ "$quote" = '"' ] && [[ $c != [\"\\\`\$] ]]; then out+="\\"; fi
			out+=$c
			kept=${#out}
			continue
		fi
		out+=$c
		[[ $c == [[:space:]] ]] || kept=${#out}
	done
	[ -z "$quote" ] || return 1
	# Unquoted, trailing white space is dropped, unless escaped.
	REPLY=${out:0:kept}
}

rtk_read_env_file() {
	local file=$1 line name number=0
	local -A preset=()
	while IFS= read -r name; do preset[$name]=1; done < <(compgen -e)
	[ -r "$file" ] || rtk_fail "cannot read $file as user $(id -un) (RTK_ENV_FILE= reads none)"
	while IFS= read -r line || [ -n "$line" ]; do
		number=$((number + 1))
		line=${line#"${line%%[![:space:]]*}"}
		case $line in '' | '#'* | ';'*) continue ;; esac
		if [[ $line =~ ^export[[:space:]] ]]; then
			rtk_fail "$file line $number: 'export' is shell syntax; write NAME=value (the file is read like a systemd EnvironmentFile)"
		fi
		[[ $line =~ ^([A-Za-z_][A-Za-z0-9_]*)[[:space:]]*=[[:space:]]*(.*)$ ]] ||
			rtk_fail "$file line $number: not NAME=value, a # comment or a blank line"
		name=${BASH_REMATCH[1]}
		rtk_env_value "${BASH_REMATCH[2]}" ||
			rtk_fail "$file line $number: the value of $name has an unclosed quote, text after its closing quote or a trailing backslash (a value is one line)"
		[ -n "${preset[$name]:-}" ] || export "$name=$REPLY"
	done <"$file"
}

rtk_find_java() {
	local candidate
	if [ -n "${JAVA_HOME:-}" ]; then
		[ -x "$JAVA_HOME/bin/java" ] || rtk_fail "JAVA_HOME is $JAVA_HOME, but there is no $JAVA_HOME/bin/java"
		REPLY=$JAVA_HOME/bin/java
		return
	fi
	for candidate in "$(command -v java || true)" /usr/local/bin/java /opt/java/openjdk/bin/java; do
		if [ -n "$candidate" ] && [ -x "$candidate" ]; then
			REPLY=$candidate
			return
		fi
	done
	rtk_fail "java not found in PATH ($PATH), /usr/local/bin or /opt/java/openjdk/bin: set JAVA_HOME (in the environment file for cron)"
}

rtk_find_jar() {
	local install_dir=$1 candidate places looked
	if [ -n "${RTK_JAR:-}" ]; then
		[ -f "$RTK_JAR" ] || rtk_fail "no jar at RTK_JAR=$RTK_JAR"
		REPLY=$RTK_JAR
		return
	fi
	places=("$install_dir/rtk-warehouse.jar" "$install_dir/target/rtk-warehouse.jar" /app/rtk-warehouse.jar)
	for candidate in "${places[@]}"; do
		if [ -f "$candidate" ]; then
			REPLY=$candidate
			return
		fi
	done
	printf -v looked '%s, ' "${places[@]}"
	rtk_fail "no jar at ${looked%, }: install it as ${places[0]}, build it with ./mvnw package, or set RTK_JAR"
}

launch() {
	local command=$1 env_file=${RTK_ENV_FILE-/etc/rtk-warehouse/rtk-warehouse.env} java jar java_opts=()
	shift
	if [ -n "$env_file" ] && [ -e "$env_file" ]; then rtk_read_env_file "$env_file"; fi
	rtk_find_java
	java=$REPLY
	# The parent of the scripts' directory: /opt/rtk-warehouse, or a checkout.
	rtk_find_jar "$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
	jar=$REPLY
	read -r -a java_opts <<<"${JAVA_OPTS:-}"
	exec "$java" "${java_opts[@]}" -jar "$jar" "$command" "$@"
}
