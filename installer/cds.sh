#!/usr/bin/env bash
# Class-data sharing for the packaged app on Linux (ADR 0006). Called by the installer profile:
#
#   cds.sh train IMAGE   runs the app image's window as the clerk starts it every day and records the
#                        classes it loads in IMAGE/lib/app/qiyouxiang.classlist (shipped in the .deb)
#   cds.sh dump IMAGE    turns that list into IMAGE/lib/app/app.jsa (the image's launcher
#                        reads it: -XX:SharedArchiveFile=$APPDIR/app.jsa) and checks it maps
#
# The .deb makes its own app.jsa at install time from the same list (resources/linux/postinst):
# a JDK 17 archive is bound to the paths and times of the jars it was made from.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/window.sh"

mode=$1
image=$(cd "$2" && pwd)
launcher=$image/bin/Qiyouxiang
app=$image/lib/app
list=$app/qiyouxiang.classlist
sample=$here/../app/src/main/resources/org/qiyouxiang/app/samples/嵊泗县2024年七优享工作清单.xlsx

work=$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d)   # the database syncs a lot: keep it in memory
trap 'stop_xvfb; rm -rf "$work"' EXIT

# record NAME COMMAND...: runs the app image with the class list recorder on; fails loudly.
record() {
    local name=$1
    shift
    if ! JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/$name.classlist" "$@" >"$work/$name.log" 2>&1; then
        echo "cds.sh: training run '$name' failed:" >&2
        cat "$work/$name.log" >&2
        exit 1
    fi
}

train() {
    rm -f "$list" "$app/app.jsa"
    local lists=()
    if command -v Xvfb >/dev/null 2>&1 && start_xvfb; then
        # What the clerk does every day: the window started on an existing data folder, every view opened.
        # The first start, which imports the sample, only makes that folder: recording it would add POI's
        # import classes, which a JDK 17 archive makes resident at every start (it relocates the archive),
        # 18-22 MB at 10,000 items for a run the clerk makes once (docs/benchmarks.md, stop 15).
        if ! run_window "$launcher" "$work/window" "$work/first.log"; then
            echo "cds.sh: the window's first start failed" >&2
            exit 1
        fi
        # -Dqiyouxiang.benchMemory: the memory benchmark's run, every view opened once before it exits.
        if ! JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/window.classlist -Dqiyouxiang.benchMemory=true" \
            timeout 300 "$launcher" --data "$work/window" --exit-when-loaded >"$work/window.log" 2>&1; then
            echo "cds.sh: the window training run failed:" >&2
            cat "$work/window.log" >&2
            exit 1
        fi
        stop_xvfb
        lists=("$work"/window.classlist)
    else
        echo "cds.sh: no Xvfb (apt-get install xvfb): the archive covers the command line only" >&2
        record help "$launcher" --help
        record import "$launcher" --data "$work/data" import --yes "$sample"
        record export "$launcher" --data "$work/data" export worklist --year 2024 --out "$work/out.xlsx"
        lists=("$work"/help.classlist "$work"/import.classlist "$work"/export.classlist)
    fi
    # One list, each class once (a class name cut short by a stopped run only draws a warning later).
    cat "${lists[@]}" | awk 'NF && !seen[$0]++' >"$list"
    echo "cds.sh: $(grep -vc '^[#@]' "$list") classes recorded in $list"
}

dump() {
    [ -f "$list" ] || { echo "cds.sh: no class list; run 'cds.sh train' first" >&2; exit 1; }
    rm -f "$app/app.jsa"
    if ! JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$list" "$launcher" >"$work/dump.log" 2>&1; then
        echo "cds.sh: -Xshare:dump failed:" >&2
        cat "$work/dump.log" >&2
        exit 1
    fi
    # -Xshare:on refuses to start unless the archive maps and matches this image.
    if ! JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version >"$work/check.log" 2>&1; then
        echo "cds.sh: the archive does not map:" >&2
        cat "$work/check.log" >&2
        exit 1
    fi
    echo "cds.sh: $(du -h "$app/app.jsa" | cut -f1) archive in $app/app.jsa"
}

case "$mode" in
    train) train ;;
    dump) dump ;;
    *) echo "usage: cds.sh train|dump IMAGE" >&2; exit 2 ;;
esac
