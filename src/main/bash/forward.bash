# shellcheck shell=bash
# Sourced by the launcher (rig), which sets $here (the install) and $rules_dir (the rules a run would use).
# The fast path: while 'rig serve' runs here for the same rules and facts (its port file is .rig/server), recommend,
# fit, compare and explain are sent to it with curl instead of starting a JVM (about 0.05 s instead of 0.5-1.4 s).
# The arguments go as they are, and each one naming a readable file goes with its contents, read here; the server
# runs the same command and sends back its exit code, standard error and standard output. Anything unusual (no
# server, no curl, another folder, an option naming a folder, rules that do not load) runs the JVM below instead.
# RIG_SERVER=off never forwards.
forward() {
  local LC_ALL=C info=.rig/server port='' token='' cwd='' rules='' facts='' key value colour=0 a size tag code n err
  [ "${RIG_SERVER:-on}" != off ] && [ -r "$info" ] && command -v curl >/dev/null || return 1
  while IFS='=' read -r key value; do
    case "$key" in port) port=$value ;; token) token=$value ;; cwd) cwd=$value ;; rules) rules=$value ;;
      facts) facts=$value ;; esac
  done <"$info"
  local facts_dir="$here/facts"
  [ -d facts ] && facts_dir="$PWD/facts"
  [ -n "$port" ] && [ "$cwd" = "$(pwd -P)" ] && [ "$rules" = "$(cd "$rules_dir" 2>/dev/null && pwd -P)" ] &&
    [ "$facts" = "$(cd "$facts_dir" 2>/dev/null && pwd -P)" ] || return 1
  [ -t 0 ] && [ -t 1 ] && [ -z "${NO_COLOR:-}" ] && colour=1
  # the files among the arguments (an argument, or the value of --option=value), each sent once with its size
  local files=() sizes=() f
  for a in "$@"; do
    f=$a
    case "$a" in --*=*) f=${a#*=} ;; esac
    if [ -d "$f" ] || { [ -e "$f" ] && ! [ -r "$f" ]; }; then return 1; fi
    if [ -f "$f" ]; then
      size=$(stat -c %s -- "$f") && [ "$size" -le 1000000 ] || return 1
      files+=("$f")
      sizes+=("$size")
    fi
  done
  exec 3< <(
    {
      printf 'rig-run 1\ncolour %s\n' "$colour"
      for a in "$@"; do printf 'arg %s\n%s\n' "${#a}" "$a"; done
      for n in "${!files[@]}"; do
        printf 'file %s %s\n%s' "${#files[n]}" "${sizes[n]}" "${files[n]}"
        head -c "${sizes[n]}" -- "${files[n]}"
        printf '\n'
      done
      printf 'end\n'
    } | curl -s --max-time 120 -H "Rig-Token: $token" -H 'Content-Type: application/octet-stream' \
      --data-binary @- "http://127.0.0.1:$port/api/run" 2>/dev/null
  )
  IFS=' ' read -r tag code n <&3 || return 1
  [ "$tag" = rig-answer ] || return 1
  if [ "$n" -gt 0 ]; then
    IFS= read -r -d '' -N "$n" err <&3 || true
    printf '%s' "$err" >&2
  fi
  cat <&3
  exit "$code"
}
