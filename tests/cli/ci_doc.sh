#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# docs/ci.md works as written: its GitHub workflow is the repository's own
# (.github/workflows/minutes.yml), with no placeholder; its container is the
# Debian release this machine is, and every package its steps install has
# that name there; the setup it runs builds without the test suite's
# packages; and its convert and summary steps — and the GitLab variant's
# script — run here as they are, leaving the artefacts they upload.
# Usage: ci_doc.sh MINUTES SOURCE_DIR BUILD_DIR
set -u
M=$1 src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }

# The YAML blocks of docs/ci.md, parsed: github.yml, gitlab.yml; and each
# step's shell text, with the matrix value $SHARD, as files.
python3 - "$src/docs/ci.md" "$src/.github/workflows/minutes.yml" > parse.out 2>&1 <<'PY'
import re, sys, yaml
doc = open(sys.argv[1]).read()
blocks = re.findall(r"```yaml\n(.*?)```", doc, re.S)
assert len(blocks) == 2, f"{len(blocks)} yaml blocks"
gh, gl = blocks
workflow = open(sys.argv[2]).read()
if workflow.startswith("# SPDX-License-Identifier:"):   # tools/spdx's line
    workflow = workflow.split("\n", 1)[1]
assert gh == workflow, "the workflow in docs/ci.md is not .github/workflows/minutes.yml"
for name, text in (("github.yml", gh), ("gitlab.yml", gl)):
    open(name, "w").write(text)
w = yaml.safe_load(gh)
job = w["jobs"]["convert"]
open("container", "w").write(job["container"] + "\n")
steps = job["steps"]
uses = [s.get("uses", "") for s in steps]
assert any(u.startswith("actions/checkout@") for u in uses), uses
assert any(u.startswith("actions/upload-artifact@") for u in uses), uses
upload = [s for s in steps if s.get("uses", "").startswith("actions/upload-artifact@")][0]
assert upload.get("if") == "always()"
open("artefacts", "w").write(upload["with"]["path"])
runs = [s["run"] for s in steps if "run" in s]
for i, r in enumerate(runs):
    r = r.replace("${{ matrix.shard }}", "$SHARD")
    assert "${{" not in r, r
    open(f"gh-step{i}.sh", "w").write(r)
env = job.get("env", {})
open("gh-env.sh", "w").write("".join(f"export {k}='{v}'\n" for k, v in env.items()))
g = yaml.safe_load(gl)["minutes"]
open("gitlab-image", "w").write(g["image"] + "\n")
open("gl-env.sh", "w").write("".join(f"export {k}='{v}'\n" for k, v in g.get("variables", {}).items()))
open("gl-before.sh", "w").write("\n".join(g["before_script"]) + "\n")
open("gl-script.sh", "w").write("\n".join(g["script"]) + "\n")
open("gl-after.sh", "w").write("\n".join(g["after_script"]) + "\n")
open("gl-artefacts", "w").write("\n".join(g["artifacts"]["paths"]) + "\n")
print("parsed", len(runs), "steps")
PY
check "docs/ci.md: two YAML blocks, the workflow is .github/workflows/minutes.yml" "grep -q '^parsed' parse.out || { cat parse.out; false; }"
check "no placeholder address" "! grep -qiE 'example\\.(org|com|net)|your[-_]?org|<owner>|OWNER/' '$src/docs/ci.md'"

# ---- the container and its package names ----------------------------------------------------
. /etc/os-release
check "the container (\$(cat container)) is this machine's release ($ID $VERSION_ID)" \
  "[ \"\$(cat container)\" = '$ID:$VERSION_ID' ] && [ \"\$(cat gitlab-image)\" = '$ID:$VERSION_ID' ]"
bash "$src/.ci/setup" --no-tests --list-packages > setup-packages
check "setup --no-tests needs no cmocka, valgrind, qpdf, Python" \
  "! grep -qE 'cmocka|valgrind|qpdf|python' setup-packages && grep -qx libpango1.0-dev setup-packages"
tools=$(grep -ohE 'apt-get install -y -qq --no-install-recommends .*' gh-step0.sh gl-before.sh | sed 's/.*recommends //' | tr ' ' '\n' | sort -u)
known() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok' || apt-cache show "$1" >/dev/null 2>&1; }
for p in $(cat setup-packages) $tools; do
  check "package '$p' exists on $ID $VERSION_ID" "known '$p'"
done
check "the build step runs setup --no-tests" "grep -q 'bash .ci/setup --no-tests' gh-step1.sh && grep -q 'bash .ci/setup --no-tests' gl-before.sh"
check "the convert step annotates" "grep -q -- '--diagnostics=github' gh-step2.sh"

# ---- the steps, run as written --------------------------------------------------------------
# An AddressSanitizer build cannot live under an address-space limit (its
# shadow memory reserves terabytes): there the steps run without theirs.
if grep -qa __asan_init "$M"; then
  sed -i 's/--memory-limit [^ ]*//' gh-step2.sh gl-script.sh
fi
# A repository like the one the workflow checks out: the samples and the
# summary script, committed.
mkdir repo && cp -r "$src/samples" "$src/tools" repo/
(cd repo && git init -q && git -c user.name=t -c user.email=t@t add -A && git -c user.name=t -c user.email=t@t commit -qm t)
bin=$(cd "$(dirname "$M")" && pwd)
export HOME=$tmp/home; mkdir -p "$HOME"
for shard in 1 2; do
  (cd repo && . ../gh-env.sh && export SHARD=$shard GITHUB_STEP_SUMMARY=../summary.md PATH="$bin:$PATH" &&
   bash -e ../gh-step2.sh > ../convert$shard.out 2>&1); echo $? > rc$shard
done
(cd repo && export GITHUB_STEP_SUMMARY=../summary.md && bash -e ../gh-step3.sh) > summary.out 2>&1; rc=$?
check "GitHub: both shards convert" "[ \$(cat rc1) = 0 ] && [ \$(cat rc2) = 0 ] || { cat convert1.out convert2.out; false; }"
check "GitHub: every input in exactly one shard" "python3 -c \"
import json, glob
seen = sorted(x['input'] for f in ('repo/report-1.json', 'repo/report-2.json') for x in json.load(open(f))['inputs'])
want = sorted('samples/' + p.split('/')[-1] for p in glob.glob('repo/samples/*.md'))
assert seen == want, (seen, want)\""
check "GitHub: the artefacts exist" "(cd repo && for p in \$(cat ../artefacts); do ls -d \$p >/dev/null || exit 1; done) && ls repo/out/*.pdf >/dev/null"
check "GitHub: the summary lists the inputs" "[ \$rc = 0 ] && grep -q '^### report-1.json' summary.md && grep -q 'wg-call.md' summary.md"

rm -rf repo/out repo/report-*.json
for node in 1 2; do
  (cd repo && . ../gl-env.sh && export CI_NODE_INDEX=$node CI_NODE_TOTAL=2 PATH="$bin:$PATH" &&
   bash -e ../gl-script.sh > ../gl$node.out 2>&1); echo $? > glrc$node
done
(cd repo && bash -e ../gl-after.sh) > gl-after.out 2>&1; rc=$?
check "GitLab: both nodes convert" "[ \$(cat glrc1) = 0 ] && [ \$(cat glrc2) = 0 ] || { cat gl1.out gl2.out; false; }"
check "GitLab: the artefacts exist, the summary prints" "[ \$rc = 0 ] && ls repo/out/*.xml >/dev/null && ls repo/report-1.json repo/report-2.json >/dev/null && grep -q '###' gl-after.out"
exit $fail
