#!/usr/bin/env bash
# Builds the PIPlannerModel DocC catalogue (its symbol documentation and the Methodology article) with the
# toolchain's own swift-symbolgraph-extract and docc: no SwiftPM plugin, no package dependency. Warnings are
# errors, so a broken ``Symbol`` or <doc:...> link, or an unknown heading in a link, fails the build.
#
# Usage: Scripts/build-docs.sh   (from anywhere; writes .build/docs/PIPlannerModel.doccarchive)
set -euo pipefail
cd "$(dirname "$0")/.."

module=PIPlannerModel
catalog="Sources/$module/$module.docc"
work=.build/docs
symbols="$work/symbol-graphs"
archive="$work/$module.doccarchive"

# A toolchain tool: on PATH (Linux toolchains), else through xcrun (Xcode).
tool() {
    if command -v "$1" >/dev/null 2>&1; then command -v "$1"; else xcrun --find "$1"; fi
}

# The module's .swiftmodule, from the ordinary debug build (a no-op when CI has just built).
swift build --target "$module"
bin=$(swift build --show-bin-path)
modules="$bin/Modules"
[ -d "$modules" ] || modules="$bin" # SwiftPM before 6 puts .swiftmodule files in the bin directory itself
triple=$(swiftc -print-target-info | sed -n 's/^ *"triple": "\([^"]*\)".*/\1/p' | head -n 1)
sdk=()
if [ "$(uname)" = Darwin ]; then sdk=(-sdk "$(xcrun --show-sdk-path)"); fi

rm -rf "$symbols" "$archive"
mkdir -p "$symbols"
"$(tool swift-symbolgraph-extract)" -module-name "$module" -I "$modules" -target "$triple" ${sdk[@]+"${sdk[@]}"} \
    -minimum-access-level public -skip-synthesized-members -output-dir "$symbols"
"$(tool docc)" convert "$catalog" --additional-symbol-graph-dir "$symbols" --output-path "$archive" \
    --fallback-display-name "$module" --fallback-bundle-identifier "org.piplanner.$module" --warnings-as-errors
echo "Documentation built: $archive"
