#!/usr/bin/env bash
# Prints the JDK modules the app's jars use, as jdeps sees them (one line, comma-separated).
# The --add-modules lines of src/main/jpackage/app-image.args must cover this list; smoke.sh checks.
# Needs the jars: mvn -B -q package -DskipTests (reads app/target/qiyouxiang.jar and app/target/lib).
set -euo pipefail
target=$(cd "$(dirname "$0")/../app/target" && pwd)
jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}

# -R from the app jar over the class path: the jars are analysed as the app runs them, unnamed
# (given directly, the modular ones would be resolved as modules and jdeps stops at the first
# automatic module it cannot find).
cd "$target"
"$jdk/bin/jdeps" --multi-release 17 -R --ignore-missing-deps -q --print-module-deps \
    --class-path 'lib/*' qiyouxiang.jar
