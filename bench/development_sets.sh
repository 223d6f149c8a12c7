#!/usr/bin/env bash
# Every development figure in one file, to compare two states of the code (run from a
# checkout; PYTHONPATH is set to it): bench/development_sets.sh OUT. About 6 minutes on one
# core. Held-out sets are never scored here; add a set when it becomes development.
set -uo pipefail
out=${1:-/dev/stdout}
export PYTHONPATH="$PWD"
{
python3 -m bench.understanding_accuracy
for s in v4 v5 v6 v7 v8 v9 v10 v11 v12 v13 v14 v15 v16 v17 v18 v19 v20 v21 v22 v23 v24 v25 v26 v27 v28 v29 v30 v31 v32 v33 v34 v35 v36 v37 v38 v39 v40 v41 v42 v43 v44 v45 v46 v47 v48 v49 v50 v51 v52; do
  python3 -m bench.understanding_accuracy "--$s"
done
python3 -m bench.understanding_accuracy --training
python3 -m bench.held_back
} > "$out" 2>&1
