#!/bin/sh
# Runs a test program with its temporary files on a small tmpfs of its own (16 MB), so that a
# test can fill a real file system and meet ENOSPC from the kernel. The mount lives in a
# private mount namespace: nothing is mounted on the machine, and it goes when the test ends.
# Root (CI) needs only a mount namespace; another user gets one inside a user namespace.
set -eu
if [ "$#" -lt 1 ]; then
    echo "usage: $0 PROGRAM [ARGS...]" >&2
    exit 2
fi
if [ "$(id -u)" -eq 0 ]; then
    namespace="unshare --mount"
else
    namespace="unshare --map-root-user --mount"
fi
folder=$(mktemp -d)
trap 'rmdir "$folder"' EXIT
# shellcheck disable=SC2016 # expanded by the inner shell
$namespace sh -c 'mount -t tmpfs -o size=16m,mode=0700 leverage-small-disk "$1" || {
    echo "on-a-small-disk: cannot mount a tmpfs (needs mount namespaces: unshare)" >&2
    exit 1
}
folder=$1
shift 2
TMPDIR=$folder exec "$@"' sh "$folder" -- "$@"
