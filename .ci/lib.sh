# Shared by the .ci scripts: one target folder, a log folder, timed steps.
# shellcheck shell=bash

export CARGO_TERM_COLOR=never
# One target folder for every step (the fuzz crate's included), so that a
# later step reuses what an earlier one compiled for the same target.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
# CI's log folder: build logs, wine's output, screenshots.
export CI_LOGS="${CI_LOGS:-$CARGO_TARGET_DIR/ci}"

step_names=()
step_seconds=()

# step NAME COMMAND...: runs COMMAND under a heading and records its time.
step() {
    local name="$1"
    shift
    echo "== $name"
    local start=$SECONDS
    "$@"
    local took=$((SECONDS - start))
    step_names+=("$name")
    step_seconds+=("$took")
    echo "-- $name: ${took} s"
}

report_steps() {
    echo "== time per step"
    local total=0
    for i in "${!step_names[@]}"; do
        printf '%6d s  %s\n' "${step_seconds[$i]}" "${step_names[$i]}"
        total=$((total + step_seconds[i]))
    done
    printf '%6d s  total\n' "$total"
}

# wait_for_apt PID: waits for the background apt-get, showing its log if it
# failed.
wait_for_apt() {
    if ! wait "$1"; then
        tail -n 30 "$CI_LOGS/apt.log"
        echo "apt-get failed; its log is $CI_LOGS/apt.log" >&2
        return 1
    fi
}

# cargo_install CRATE VERSION: installs a cargo tool once; a machine that
# already has that version (a developer's, or CI's second run) skips it.
cargo_install() {
    local crate="$1" version="$2"
    if cargo install --list | grep -qx "$crate v$version:"; then
        echo "$crate $version already installed"
        return
    fi
    # A private target folder: the tool's own dependencies share nothing
    # with the project's.
    env -u CARGO_TARGET_DIR cargo install --locked --quiet "$crate" --version "$version"
}
