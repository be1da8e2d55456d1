#!/usr/bin/env bash
# Prints mutants killed/total per package from PIT's XML report (./mvnw -Pmutation verify writes it),
# then the total; exits 1 when a package is under the goal (90 %, or MUTATION_GOAL).
# A mutant counts as killed when PIT marks it detected (killed, timed out, or a run error);
# survivors and mutants no test reaches count against the score.
set -euo pipefail
report="${1:-target/pit-reports/mutations.xml}"
goal="${MUTATION_GOAL:-90}"
[ -f "$report" ] || { echo "no PIT report at $report (run ./mvnw -Pmutation verify)" >&2; exit 2; }

# PIT writes one <mutation> element per line: detected, status and the mutated class are all it needs.
rows=$(grep -o "<mutation detected='[a-z]*' status='[A-Z_]*'.*</mutatedClass>" "$report" |
  sed -E "s/<mutation detected='([a-z]*)' status='([A-Z_]*)'.*<mutatedClass>([^<$]*).*<\/mutatedClass>/\1 \2 \3/" |
  awk '{ pkg = $3; sub(/\.[^.]*$/, "", pkg)
         total[pkg]++; if ($1 == "true") killed[pkg]++
         if ($2 == "SURVIVED") survived[pkg]++; if ($2 == "NO_COVERAGE") uncovered[pkg]++ }
       END { for (p in total) printf "%s %d %d %d %d\n", p, killed[p], total[p], survived[p], uncovered[p] }' | sort)

printf '%-28s %7s %7s %7s %9s %8s\n' package killed total score survived "no test"
echo "$rows" | awk -v goal="$goal" '
  { score = 100 * $2 / $3; k += $2; t += $3
    printf "%-28s %7d %7d %6.1f%% %9d %8d\n", $1, $2, $3, score, $4, $5
    if (score < goal) below++ }
  END { printf "%-28s %7d %7d %6.1f%%\n", "all", k, t, 100 * k / t
        if (below > 0) { printf "%d package(s) under the %d %% goal\n", below, goal; exit 1 } }'
