#!/usr/bin/env bash
# Two checkouts sharing one compiled-rules cache: each answers 10 times in alternation, against one checkout
# answering 10 times alone (after 3 warm-up answers each, which compile the rules and write the CDS archives).
# usage: src/test/bench/two-checkouts.sh CHECKOUT_A CHECKOUT_B CACHE_DIR
# Make CHECKOUT_B a copy of CHECKOUT_A with its built target/ (e.g. tar -C A --exclude=.git -cf - . | tar -C B -xf -).
set -euo pipefail
a=$1; b=$2
export RIG_CACHE=$3
run() { (cd "$1" && ./rig recommend scenarios/content-agency.json --no-audit >/dev/null 2>&1); }
for _ in 1 2 3; do run "$a"; run "$b"; done
t0=$(date +%s.%N)
for _ in $(seq 10); do run "$a"; done
t1=$(date +%s.%N)
for _ in $(seq 10); do run "$a"; run "$b"; done
t2=$(date +%s.%N)
alone=$(echo "($t1 - $t0) / 10" | bc -l)
shared=$(echo "($t2 - $t1) / 20" | bc -l)
printf 'one checkout alone: %.2f s an answer; two in alternation: %.2f s an answer (%.2fx); load average %s\n' \
  "$alone" "$shared" "$(echo "$shared / $alone" | bc -l)" "$(cut -d' ' -f1-3 /proc/loadavg)"
