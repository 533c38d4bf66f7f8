#!/usr/bin/env bash
# converge-git.sh: converge.sh with stride sync as the way the stores trade
# what they did (issue 13: "a property test of at least 200 random
# schedules of operations and syncs across three stores, all ending with
# the same export"). Each schedule's three stores sync through a bare
# repository of their own; an exchange is one random store's sync, and the
# full exchange every store's sync, twice round. $CONVERGE_GIT_SCHEDULES
# (default 200) schedules; CONVERGE_SEED and CONVERGE_FIRST as there.
CONVERGE_TRANSPORT=git CONVERGE_SCHEDULES=${CONVERGE_GIT_SCHEDULES:-200} \
	exec bash "$(dirname "$0")/converge.sh" "$@"
