#!/usr/bin/env bash
# Smoke test of the Linux installer output: builds the app image and the .deb (mvn -Pinstaller),
# then runs the image the ways the clerk does and checks the package.
#
#   installer/smoke.sh             build, then check the image and the .deb's contents
#   installer/smoke.sh --no-build  check what installer/target/jpackage already holds
#   installer/smoke.sh --install   also install the .deb (root), run it from /opt, purge it again
#
# Needs: JDK 17, Maven, fakeroot (the .deb), xvfb and libgtk-3-0 (the window); .ci/run installs them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
. "$here/window.sh"

build=yes
install=no
for arg in "$@"; do
    case "$arg" in
        --no-build) build=no ;;
        --install) install=yes ;;
        *) echo "usage: smoke.sh [--no-build] [--install]" >&2; exit 2 ;;
    esac
done

image=$here/target/jpackage/image/Qiyouxiang
launcher=$image/bin/Qiyouxiang
sample=$root/app/src/main/resources/org/qiyouxiang/app/samples/嵊泗县2024年七优享工作清单.xlsx
work=$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d)   # the database syncs a lot: keep it in memory
trap 'stop_xvfb; rm -rf "$work"' EXIT

step() { printf '\n== %s\n' "$*"; }
fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }

# expect NAME COMMAND...: the command must exit 0; its output is kept in $work/NAME.out.
expect() {
    local name=$1
    shift
    if ! "$@" >"$work/$name.out" 2>&1; then
        cat "$work/$name.out" >&2
        fail "$name exited non-zero"
    fi
}

if [ "$build" = yes ]; then
    step "build the app image and the .deb"
    # gzip instead of xz: the .deb is 20 % bigger and built a minute sooner; a release build keeps xz.
    (cd "$root" && DPKG_DEB_COMPRESSOR_TYPE=gzip mvn -B -q -Pinstaller package -DskipTests -pl installer -am)
fi
[ -x "$launcher" ] || fail "no app image at $image"
deb=$(ls "$here"/target/jpackage/dist/qiyouxiang_*_amd64.deb 2>/dev/null | head -n 1 || true)

step "app image: $(du -sh "$image" | cut -f1), runtime $(du -sh "$image/lib/runtime" | cut -f1)"

step "runtime modules cover what jdeps finds in the jars"
needed=$("$here/jdeps-modules.sh")
listed=$(grep -E '^--add-modules ' "$here/src/main/jpackage/app-image.args" | cut -d' ' -f2 | tr ',' '\n')
for module in ${needed//,/ }; do
    grep -qx "$module" <<<"$listed" || fail "jdeps finds $module in the jars; add it to src/main/jpackage/app-image.args"
done
echo "$needed"

step "command line: --help"
expect help "$launcher" --help
grep -q '用法' "$work/help.out" || fail "--help printed no usage"

step "command line: import the sample into an empty data folder"
expect import "$launcher" --data "$work/data" import --yes "$sample"
grep -q '导入' "$work/import.out" || fail "import printed no summary"
cat "$work/import.out" | grep -v INFO || true
# Logging is set up in code (LogSetup, found through META-INF/services): the image's log is in the data folder.
grep -q 'database migrated' "$work/data/logs/qiyouxiang.log" 2>/dev/null || fail "the image wrote no log in <data>/logs"

step "command line: export the work list"
expect export "$launcher" --data "$work/data" export worklist --year 2024 --out "$work/worklist.xlsx"
[ -s "$work/worklist.xlsx" ] || fail "export wrote no file"

step "class-data sharing: the image's archive maps and holds the app's classes"
expect cds env JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info:file=$work/classes.log" "$launcher" --help
grep -q 'org.qiyouxiang.app.Launcher source: shared objects file' "$work/classes.log" \
    || fail "the app's classes do not come from the archive"
echo "$(grep -c 'shared objects file' "$work/classes.log") classes from the archive, $(grep -vc 'shared objects file' "$work/classes.log") loaded from jars"

step "window on the sample data (Xvfb, exit-when-loaded: $EXIT_WHEN_LOADED)"
start_xvfb || fail "cannot start Xvfb (apt-get install xvfb)"
run_window "$launcher" "$work/window" "$work/window.log" || fail "the window did not come up"
stop_xvfb
ls "$work/window/javafx-cache" | grep -q glass || fail "JavaFX's native libraries are not in the data folder"
echo "window came up; JavaFX cache in the data folder: $(ls "$work/window/javafx-cache" | tr '\n' ' ')"

step "class-data sharing without the build's archive (as on Windows): the window makes one, the next start maps it"
# A per-user Windows install cannot ship an archive (ADR 0006): the app writes it at a start on existing data.
archive=$image/lib/app/app.jsa
mv "$archive" "$work/build.jsa"
rm -f "$archive.tried"
start_xvfb || fail "cannot start Xvfb"
(cd "$work" && exec "$launcher" --data "$work/window" >"$work/archive-window.log" 2>&1) &
window_pid=$!
for _ in $(seq 1 120); do
    [ -f "$archive" ] && break
    kill -0 "$window_pid" 2>/dev/null || break
    sleep 1
done
kill "$window_pid" 2>/dev/null || true
wait "$window_pid" 2>/dev/null || true
stop_xvfb
[ -f "$archive" ] || { cat "$work/archive-window.log" >&2; fail "the window made no class archive"; }
! ls "$work"/java_pid* >/dev/null 2>&1 || fail "the archive's dump left its output in the working folder"
expect selfmade-cds env JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info:file=$work/selfmade.log" "$launcher" --help
grep -q 'org.qiyouxiang.app.Launcher source: shared objects file' "$work/selfmade.log" \
    || fail "the archive the window made does not hold the app's classes"
echo "the window made a $(du -h "$archive" | cut -f1) archive ($(cat "$archive.tried" | tail -n 1)); the next start maps it"
rm -f "$archive" "$archive.tried"
mv "$work/build.jsa" "$archive"

if [ -n "$deb" ]; then
    step "package: $(basename "$deb"), $(du -h "$deb" | cut -f1)"
    dpkg-deb -f "$deb" Depends | grep -q 'libgtk-3-0' || fail ".deb does not depend on libgtk-3-0"
    contents=$(dpkg-deb -c "$deb")
    grep -q 'lib/qiyouxiang-Qiyouxiang.desktop' <<<"$contents" || fail ".deb has no menu entry"
    grep -q 'lib/app/qiyouxiang.classlist' <<<"$contents" || fail ".deb has no class list for its archive"
    ! grep -q 'lib/app/app.jsa' <<<"$contents" || fail ".deb carries a build-time archive (it must be made at install)"
    echo "depends on libgtk-3-0, has its menu entry and class list, no prebuilt archive"
else
    echo "(no .deb: built with -Dinstaller.package=false)"
fi

if [ "$install" = yes ]; then
    [ -n "$deb" ] || fail "--install needs the .deb"
    [ "$(id -u)" = 0 ] || fail "--install needs root"
    if dpkg -s qiyouxiang >/dev/null 2>&1; then
        fail "qiyouxiang is already installed here; not touching it"
    fi
    step "install the .deb, run it from /opt, purge it"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >"$work/apt.out" 2>&1 \
        || { cat "$work/apt.out" >&2; fail "apt-get install failed"; }
    installed=/opt/qiyouxiang
    [ -f "$installed/lib/app/app.jsa" ] || fail "postinst made no archive"
    if cmp -s "$installed/lib/app/app.jsa" "$installed/lib/runtime/lib/server/classes.jsa"; then
        fail "postinst fell back to the JDK's archive: the app's own could not be made"
    fi
    expect installed-cds env JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info:file=$work/installed.log" \
        "$installed/bin/Qiyouxiang" --data "$work/installed-data" import --yes "$sample"
    grep -q 'org.qiyouxiang.app.Launcher source: shared objects file' "$work/installed.log" \
        || fail "the installed app's classes do not come from its archive"
    echo "installed: archive $(du -h "$installed/lib/app/app.jsa" | cut -f1), import ran with it"
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq qiyouxiang >"$work/purge.out" 2>&1 \
        || { cat "$work/purge.out" >&2; fail "apt-get purge failed"; }
    [ ! -e "$installed" ] || fail "$installed is still there after purge"
    echo "purged; $installed is gone"
fi

step "smoke test passed"
