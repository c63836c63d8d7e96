# shellcheck shell=bash
# What jobs/nightly, jobs/backfill and jobs/rtk-warehouse share, sourced by them:
# `launch COMMAND ARGS...` reads the environment file, finds java and the jar, and replaces
# the script with `java OPTIONS $JAVA_OPTS -jar JAR COMMAND ARGS...`, so the jar's exit code
# is the script's and a SIGTERM reaches the JVM.
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
# JVM options (each only where JAVA_OPTS does not choose it already; JAVA_OPTS comes last):
#   -Xmx$RTK_HEAP (default 256m): a run's heap follows its work, not the machine's memory;
#     a 3-year backfill of 100 apps peaks near 160 MB (docs/performance.md). Not added when
#     JAVA_OPTS sets -Xmx, -XX:MaxRAM or -XX:MaxRAMPercentage. With it -Xms16m (unless JAVA_OPTS
#     sets the initial heap): the heap starts small and grows as the run needs, where it would
#     start at the whole 256m (a 20-app nightly: 172 MiB peak RSS instead of 224).
#   -XX:+UseSerialGC: one GC thread and the smallest footprint, for a small heap.
#   -XX:TieredStopAtLevel=1 for every command but backfill and rebuild: a short process
#     spends less CPU compiling with the client compiler alone.
#   Class data sharing ($RTK_CLASS_CACHE, default on; off turns it off): the jar is
#     extracted once (java -Djarmode=tools ... extract) into a cache directory keyed by the
#     jar and the JDK, a training run (the jar's hidden `train-class-cache`: the whole
#     context as a job's start makes it, without running a job or calling the API, then
#     `status` in the light context of the commands that only read) records the classes
#     their starts load, and every launch after that maps them instead of loading them: with
#     -XX:SharedArchiveFile on JDK 17 to 24, with the AOT cache (-XX:AOTCache) on JDK 25 and
#     newer. The first launch pays for the training run once. The cache is
#     $RTK_CACHE_DIR, else systemd's $CACHE_DIRECTORY, else $XDG_CACHE_HOME/rtk-warehouse,
#     else ~/.cache/rtk-warehouse; where it cannot be written, or the JDK's version cannot be
#     read from its release file, the jar runs as it is.
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

# Sets REPLY to the JDK's feature version (17, 25...) from its release file, or to nothing.
rtk_java_version() {
	local release version
	release="$(dirname "$(dirname "$(readlink -f "$1")")")/release"
	REPLY=
	[ -r "$release" ] || return 0
	version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
	[[ $version =~ ^[0-9]+$ ]] && REPLY=$version
	return 0
}

# Appends the class-sharing options for JAVA and JAR to the array rtk_cache_opts and sets
# rtk_run_jar to the jar to run (the extracted one when the cache is usable). Never fails:
# a cache that cannot be made only costs start-up time.
rtk_class_cache() {
	local java=$1 jar=$2 version dir key work archive
	rtk_cache_opts=()
	rtk_run_jar=$jar
	[ "${RTK_CLASS_CACHE:-on}" != off ] || return 0
	case " ${JAVA_OPTS:-} " in *Xshare:off* | *SharedArchiveFile* | *AOTCache* | *ArchiveClassesAtExit*) return 0 ;; esac
	rtk_java_version "$java"
	version=$REPLY
	[ -n "$version" ] && [ "$version" -ge 17 ] || return 0
	dir=${RTK_CACHE_DIR:-${CACHE_DIRECTORY:-${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/rtk-warehouse}}
	dir=${dir%%:*}
	key=$( (stat -L -c '%s %Y %i' "$jar" "$java" && readlink -f "$java" && echo "$version") 2>/dev/null | cksum | cut -d' ' -f1)
	work="$dir/classes-$key"
	if [ "$version" -ge 25 ]; then archive="$work/rtk-warehouse.aot"; else archive="$work/rtk-warehouse.jsa"; fi
	if [ ! -f "$archive" ]; then
		mkdir -p "$dir" 2>/dev/null && [ -w "$dir" ] || return 0
		# One launch makes the cache; another one at the same time runs without it. A lock
		# left by a launch killed while it trained is taken over after 10 minutes.
		find "$work.lock" -maxdepth 0 -mmin +10 -exec rmdir {} \; 2>/dev/null || true
		mkdir "$work.lock" 2>/dev/null || return 0
		rtk_train_class_cache "$java" "$jar" "$version" "$work" "$archive"
		rmdir "$work.lock" 2>/dev/null || true
		[ -f "$archive" ] || return 0
		# The caches of earlier jars or JDKs (about 100 MB each) go once unused for a day.
		find "$dir" -mindepth 1 -maxdepth 1 -name 'classes-*' ! -name "classes-$key" ! -name '*.lock' -mtime +1 \
			-exec rm -rf {} + 2>/dev/null || true
	fi
	if [ "$version" -ge 25 ]; then
		rtk_cache_opts=("-XX:AOTCache=$archive" -Xlog:aot=off -Xlog:cds=off)
	else
		rtk_cache_opts=("-XX:SharedArchiveFile=$archive" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
	fi
	rtk_run_jar="$work/$(basename "$jar")"
}

# Extracts JAR into WORK and records ARCHIVE there. The archive names the classpath it was
# recorded with, so the extraction is made where it stays; the archive appears only once whole.
rtk_train_class_cache() {
	local java=$1 jar=$2 version=$3 work=$4 archive=$5 record
	rm -rf "$work"
	"$java" -Djarmode=tools -jar "$jar" extract --destination "$work" >/dev/null 2>&1 || { rm -rf "$work"; return 0; }
	if [ "$version" -ge 25 ]; then record="-XX:AOTCacheOutput=$archive.tmp"; else record="-XX:ArchiveClassesAtExit=$archive.tmp"; fi
	# train-class-cache starts the whole context as a job does (no job runs, no API is called),
	# then `status` in the light context of the commands that only read: the classes of both.
	"$java" "$record" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$work/$(basename "$jar")" train-class-cache \
		>/dev/null 2>&1 </dev/null || true
	if [ -f "$archive.tmp" ]; then mv "$archive.tmp" "$archive" 2>/dev/null || true; fi
	rm -f "$archive.tmp" "$archive.tmp.config"
}

# Sets the array rtk_default_opts to the JVM options COMMAND gets unless JAVA_OPTS chooses them.
rtk_default_options() {
	local command=$1 opts=" ${JAVA_OPTS:-} "
	rtk_default_opts=()
	case $opts in
	*" -Xmx"* | *MaxRAM*) ;;
	*" -Xms"* | *InitialHeapSize* | *InitialRAM*) rtk_default_opts+=("-Xmx${RTK_HEAP:-256m}") ;;
	*) rtk_default_opts+=("-Xmx${RTK_HEAP:-256m}" -Xms16m) ;;
	esac
	case $opts in *GC" "* | *"GC="*) ;; *) rtk_default_opts+=(-XX:+UseSerialGC) ;; esac
	case $command in
	backfill | rebuild) ;;
	*) case $opts in *TieredStopAtLevel* | *TieredCompilation*) ;; *) rtk_default_opts+=(-XX:TieredStopAtLevel=1) ;; esac ;;
	esac
}

launch() {
	local command=${1:-} env_file=${RTK_ENV_FILE-/etc/rtk-warehouse/rtk-warehouse.env} java jar java_opts=()
	[ $# -eq 0 ] || shift
	if [ -n "$env_file" ] && [ -e "$env_file" ]; then rtk_read_env_file "$env_file"; fi
	rtk_find_java
	java=$REPLY
	# The parent of the scripts' directory: /opt/rtk-warehouse, or a checkout.
	rtk_find_jar "$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
	jar=$REPLY
	read -r -a java_opts <<<"${JAVA_OPTS:-}"
	rtk_default_options "$command"
	rtk_class_cache "$java" "$jar"
	if [ -n "$command" ]; then set -- "$command" "$@"; fi
	exec "$java" "${rtk_default_opts[@]}" "${rtk_cache_opts[@]}" "${java_opts[@]}" -jar "$rtk_run_jar" "$@"
}
