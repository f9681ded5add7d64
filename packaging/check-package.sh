#!/bin/sh
# Builds the .deb from an already built tree (no second build), checks it with lintian,
# installs it with apt-get as a user would, runs the installed program, removes it and
# checks that nothing is left. Needs root (apt-get) and lintian. Usage: check-package.sh BUILD_DIR
set -eu
build=$(cd "$1" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "check-package: $*" >&2; exit 1; }

# apt and dpkg wait for a lock another program may hold for a while: try again.
apt() {
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
        if DEBIAN_FRONTEND=noninteractive apt-get "$@" >"$out/apt.log" 2>&1; then return 0; fi
        grep -q "Could not get lock\|is another process using it" "$out/apt.log" || break
        sleep 10
    done
    cat "$out/apt.log" >&2
    return 1
}

command -v lintian >/dev/null || fail "lintian is missing: apt-get install lintian (make deps-test)"
[ "$(id -u)" = 0 ] || fail "installing the package needs root"
dpkg-query -W -f='${Status}' leverage 2>/dev/null | grep -q "ok installed" &&
    fail "a leverage package is installed already; remove it first (apt-get purge leverage)"

start=$(date +%s)
cpack --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 ||
    { cat "$out/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$out"/leverage_*.deb)
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) in $(($(date +%s) - start)) s"
dpkg-deb -f "$deb" Depends

# Errors fail; warnings are shown. The binary of a Debug tree is stripped like a Release one.
status=0
lintian --fail-on error --tag-display-limit 0 "$deb" >"$out/lintian.log" 2>&1 || status=$?
grep -v "root privileges" "$out/lintian.log" || true
[ "$status" = 0 ] || fail "lintian found errors"
echo "lintian: no errors ($(($(date +%s) - start)) s)"

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$out/files"
apt install -y "$deb" || fail "apt-get install $deb failed"
/usr/bin/leverage --version | grep -q "$(dpkg-deb -f "$deb" Version | cut -d- -f1)" ||
    fail "the installed leverage --version does not say the package's version"
man -w leverage >/dev/null || fail "man leverage finds no page"
grep -q "application/x-leverage-workspace" /usr/share/mime/packages/io.github.leverage.Leverage.xml
if command -v update-mime-database >/dev/null; then
    grep -q "x-leverage-workspace" /usr/share/mime/globs2 || fail "the .leverage type is not registered"
fi
echo "installed and ran /usr/bin/leverage ($(($(date +%s) - start)) s)"

apt purge -y leverage || fail "apt-get purge leverage failed"
dpkg-query -W -f='${Status}' leverage 2>/dev/null | grep -q "ok installed" && fail "still installed"
left=0
while read -r path; do
    [ -n "$path" ] && [ ! -d "$path" ] && [ -e "$path" ] && { echo "left behind: $path" >&2; left=1; }
done <"$out/files"
[ "$left" = 0 ] || fail "files were left behind"
echo "removed, nothing left ($(($(date +%s) - start)) s)"
