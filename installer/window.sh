# Sourced by cds.sh and smoke.sh: runs the packaged app's window on a virtual screen (Xvfb).
# Needs the packages xvfb and libgtk-3-0 (Debian); JavaFX draws with its normal GTK glass there.

# The window run loads the bundled sample, shows it and must exit 0 by itself (--exit-when-loaded).
# QIYOUXIANG_EXIT_WHEN_LOADED=no falls back to starting the window, checking it is up, and stopping it.
EXIT_WHEN_LOADED=${QIYOUXIANG_EXIT_WHEN_LOADED:-yes}

# Starts an Xvfb on a free display number and exports DISPLAY; xvfb_pid is the server to stop.
start_xvfb() {
    local n
    for n in $(seq 90 190); do
        [ -e "/tmp/.X$n-lock" ] && continue
        Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
        xvfb_pid=$!
        sleep 1
        if kill -0 "$xvfb_pid" 2>/dev/null; then
            export DISPLAY=":$n"
            return 0
        fi
    done
    echo "cannot start Xvfb" >&2
    return 1
}

stop_xvfb() {
    if [ -n "${xvfb_pid:-}" ]; then
        kill "$xvfb_pid" 2>/dev/null || true
        wait "$xvfb_pid" 2>/dev/null || true
        xvfb_pid=
    fi
}

# run_window LAUNCHER DATA_DIR LOG: the window on the bundled sample data. Returns 0 when it came up
# (and, with --exit-when-loaded, exited 0 by itself). Extra JVM options go in JAVA_TOOL_OPTIONS.
run_window() {
    local launcher=$1 data=$2 log=$3 pid i
    if [ "$EXIT_WHEN_LOADED" = yes ]; then
        timeout 300 "$launcher" --data "$data" --sample --exit-when-loaded >"$log" 2>&1
        return
    fi
    "$launcher" --data "$data" --sample >"$log" 2>&1 &
    pid=$!
    # JavaFX unpacks its native libraries into DATA/javafx-cache (Launcher sets javafx.cachedir)
    # when the toolkit starts; a few seconds later the window is up or the process has died.
    for i in $(seq 1 120); do
        ls "$data"/javafx-cache/*glass* >/dev/null 2>&1 && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    sleep 5
    if ! kill -0 "$pid" 2>/dev/null; then
        wait "$pid" || true
        echo "the window process ended early; its output:" >&2
        cat "$log" >&2
        return 1
    fi
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    if ! ls "$data"/javafx-cache/*glass* >/dev/null 2>&1; then
        echo "JavaFX did not start (no native libraries in $data/javafx-cache); output:" >&2
        cat "$log" >&2
        return 1
    fi
    if grep -qE 'Exception|Error:' "$log"; then
        echo "the window run printed errors:" >&2
        cat "$log" >&2
        return 1
    fi
}
